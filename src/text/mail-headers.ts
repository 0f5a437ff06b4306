/**
 * Labels of mail header lines as mail clients write them when a reply or forward quotes a message:
 * English, German, and Chinese and Japanese Outlook's. Boilerplate stripping drops these lines;
 * form-field detection must not mistake them for a web form.
 */
export const MAIL_HEADER_LABELS: readonly string[] = [
  'received from', 'from', 'sent', 'to', 'cc', 'bcc', 'subject', 'date',
  'von', 'gesendet', 'an', 'betreff', 'datum',
  '发件人', '收件人', '抄送', '主题', '发送时间', '日期', '寄件者', '收件者', '副本', '主旨', '差出人', '送信日時', '宛先', '件名',
];
