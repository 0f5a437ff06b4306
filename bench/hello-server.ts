import Fastify from 'fastify';

/** The ceiling to compare against: a bare Fastify route on the same machine. */
const app = Fastify({ logger: false });
app.post('/hello', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
