"use strict";
// Users and orders over Express, in CommonJS: the fix adds a `require`, not an `import`.
const express = require("express");
const createError = require("http-errors");
const { orders, users } = require("./store");

const app = express();
app.use(express.json({ limit: "100kb" }));

const PORT = Number(process.env.PORT) || 3000;
const CACHE_SECONDS = 300;

app.get("/health", (req, res) => {
  res.sendStatus(200);
});

app.get("/users/:id", async (req, res) => {
  const user = await users.find(req.params.id);
  if (!user) {
    // The body's statusCode is data for the client, not this response's status.
    return res.status(404).json({ error: "no such user", statusCode: 404 });
  }
  res.set("Cache-Control", `max-age=${CACHE_SECONDS}`);
  res.json(user);
});

app.get("/orders", async (req, res) => {
  const page = await orders.list({ offset: 0, limit: 200 });
  res.json(page.slice(0, 100));
});

app.post("/orders", async (req, res, next) => {
  if (!req.body.items?.length) return next(createError(400, "an order needs items"));
  const order = await orders.create(req.body);
  res.status(201).location(`/orders/${order.id}`).json(order);
});

app.all("/orders/:id/cancel", async (req, res) => {
  if (req.method !== "POST") return res.status(405).json({ error: "use POST" });
  await orders.cancel(req.params.id);
  res.status(204).json({ cancelled: true });
});

app.get("/old-orders/:id", (req, res) => {
  res.redirect(301, `/orders/${req.params.id}`);
});

app.use((err, req, res, next) => {
  const status = err.status || 500;
  if (status >= 500) console.error(err);
  res.status(status).json({ error: err.message });
});

if (require.main === module) {
  app.listen(PORT, () => {
    setTimeout(() => console.log("caches warm"), 500);
  });
}

module.exports = app;
