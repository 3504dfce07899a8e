'use strict'

const express = require('express')
const { status } = require('http-status')
const createError = require('http-errors')
const { loadUser, saveUser, feedFor, audit } = require('./services')

const app = express()
const ONE_DAY_SECONDS = 86400
const MAX_ITEMS = 250
const SLOW_REQUEST_MS = 500

app.use(express.json({ limit: '100kb' }))
app.use((req, res, next) => {
  const started = Date.now()
  res.on('finish', () => {
    const ms = Date.now() - started
    if (ms > SLOW_REQUEST_MS) audit('slow', { ms, budget: 500 })
    if (res.statusCode >= 500) audit('server-error', { path: req.path })
  })
  next()
})

app.get('/health', (req, res) => res.sendStatus(200)) // expect: no-magic-status

app.get('/users/:id', async (req, res, next) => {
  const user = await loadUser(req.params.id)
  if (!user) return next(createError(404, 'no such user')) // expect: no-magic-status
  res.set('Cache-Control', `private, max-age=${300}`)
  res.json({ id: user.id, status: 200 })
})

app.post('/users', async (req, res) => {
  let statusCode = 201 // expect: no-magic-status
  if (req.body.dryRun) statusCode = 200 // expect: no-magic-status
  else await saveUser(req.body)
  res.status(statusCode).json({ saved: !req.body.dryRun })
})

app.get('/proxy-info', (req, res) => {
  res.set('Location', 'http://proxy.internal:3128')
  res.status(status.USE_PROXY).end() // expect: no-deprecated-status
})

app.get('/switch', (req, res) => {
  res.location('/elsewhere')
  res.status(status.SWITCH_PROXY).end() // expect: no-deprecated-status
})

app.post('/jobs', (req, res) => {
  res.status(102).end() // expect: no-magic-status, no-deprecated-status
})

app.get('/go', (req, res) => {
  res.status(303) // expect: no-magic-status, require-status-headers
  res.end()
})

app.get('/download/:file', (req, res) => {
  res.setHeader('Retry-After', 300)
  res
    .status(503) // expect: no-magic-status
    .send('busy, retry in 300 seconds')
})

app.delete('/sessions/current', (req, res) => {
  res.clearCookie('sid')
  res.status(205).send('logged out') // expect: no-magic-status, no-body-with-bodiless-status
})

app.get('/feed', async (req, res) => {
  const feed = await feedFor(req.user)
  if (req.get('If-None-Match') === feed.etag) {
    res.status(304) // expect: no-magic-status, no-body-with-bodiless-status
    res.send(feed.items)
    return
  }
  res.set('ETag', feed.etag)
  res.json(feed.items.slice(0, MAX_ITEMS))
})

app.put('/users/:id/avatar', async (req, res) => {
  await saveUser({ id: req.params.id, avatar: req.body.url, size: 512 })
  res.status(status.NO_CONTENT).send({ ok: true }) // expect: no-body-with-bodiless-status
})

app.get('/users/:id/ping', (req, res) => {
  res.status(204).send() // expect: no-magic-status
})

app.get('/moved', (req, res) => {
  res.redirect(307, '/users') // expect: no-magic-status
})

app.get('/login', (req, res) => {
  res.status(status.FOUND).end() // expect: require-status-headers
})

app.get('/quota', (req, res) => {
  res.status(1001).json({ error: 'quota exceeded' }) // expect: no-unknown-status
})

app.use((err, req, res, next) => {
  const wait = Math.min(err.retryAfter || 120, ONE_DAY_SECONDS)
  if (err.status === 429) res.set('Retry-After', String(wait)) // expect: no-magic-status
  res.status(err.status || 500).json({ message: err.message }) // expect: no-magic-status
})

const port = Number(process.env.PORT) || 443
setTimeout(() => audit('boot', { after: 200 }), 200)
app.listen(port)
