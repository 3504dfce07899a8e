const chai = require('chai');
const chaiHttp = require('chai-http');
const assert = require('node:assert/strict');
const request = require('supertest');
const { StatusCodes } = require('http-status-codes');
const app = require('../src/app');

chai.use(chaiHttp);
chai.should();
const { expect } = chai;

describe('orders API', function () {
  this.timeout(5000);
  this.slow(500);

  it('lists orders', async () => {
    const res = await chai.request(app).get('/orders');
    expect(res).to.have.status(200); // expect: no-magic-status
    expect(res.body).to.be.an('array').with.lengthOf.at.most(100);
  });

  it('gets one order', async () => {
    const res = await chai.request(app).get('/orders/1');
    expect(res.status).to.equal(200); // expect: no-magic-status
    expect(res.body.total).to.equal(199);
    expect(res.body.items).to.have.lengthOf(300);
  });

  it('rejects invalid orders', async () => {
    const res = await chai.request(app).post('/orders').send({ quantity: 501 });
    res.should.have.status(422); // expect: no-magic-status
    expect(res.body.issues).to.have.length.above(0);
  });

  it('creates orders', async () => {
    const res = await chai.request(app).post('/orders').send({ sku: 'A-1', quantity: 2 });
    expect(res.status).to.eq(201); // expect: no-magic-status
  });

  it('updates orders', async () => {
    const res = await request(app).patch('/orders/1').send({ note: 'x' });
    assert.equal(res.status, 204); // expect: no-magic-status
  });

  it('conflicts on shipped orders', async () => {
    const res = await request(app).patch('/orders/shipped').send({});
    assert.strictEqual(res.statusCode, 409); // expect: no-magic-status
  });

  it('uses named constants', async () => {
    const res = await request(app).get('/orders/missing');
    assert.strictEqual(res.status, StatusCodes.NOT_FOUND);
    expect(res).to.have.status(StatusCodes.NOT_FOUND);
  });

  it('redirects checkout', async () => {
    const res = await chai.request(app).get('/checkout').redirects(0);
    expect(res).to.have.status(303); // expect: no-magic-status
    expect(res).to.have.header('location', '/checkout/step-1');
  });

  it('only checks the class of the status', async () => {
    const res = await chai.request(app).get('/health');
    expect(res.status).to.be.within(200, 299);
    expect(res.status).to.be.below(400);
    assert.ok(res.status < 500);
  });

  it('returns 500 on failure', async () => {
    const res = await chai.request(app).get('/boom');
    assert.equal(res.status, 500, 'expected a 500'); // expect: no-magic-status
    expect(res.body.message).to.equal('Internal Server Error');
  });

  it('does not say 404 for an existing order', async () => {
    const res = await chai.request(app).get('/orders/2');
    expect(res.status).to.not.equal(404); // expect: no-magic-status
    expect(res.body.lineCount).to.equal(404);
  });
});
