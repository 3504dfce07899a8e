import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NextResponse } from 'next/server';
import sharp from 'sharp';
import { StatusCodes } from 'http-status-codes';
import { getSession } from '@/lib/auth';
import { storage } from '@/lib/storage';

export const runtime = 'nodejs';
export const maxDuration = 300;

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_NAME_LENGTH = 255;
const ALLOWED_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'];
const THUMB_WIDTHS = [160, 320, 480];
const UPLOAD_DIR = path.join(process.cwd(), '.uploads');

export async function POST(req: Request) {
  const session = await getSession(req);
  if (!session) {
    return NextResponse.json({ error: 'Sign in to upload' }, { status: StatusCodes.UNAUTHORIZED }); // expect: require-status-headers
  }
  const contentType = req.headers.get('content-type') ?? '';
  if (!contentType.startsWith('multipart/form-data')) {
    return NextResponse.json({ error: 'Expected multipart/form-data' }, { status: 415 }); // expect: no-magic-status
  }
  const length = Number(req.headers.get('content-length') ?? 0);
  if (length > MAX_UPLOAD_BYTES) {
    return NextResponse.json(
      { error: 'File too large', limit: MAX_UPLOAD_BYTES },
      {
        status: 413, // expect: no-magic-status
        headers: { 'Retry-After': '120', Connection: 'close' },
      },
    );
  }
  if (await storage.isBusy()) {
    return NextResponse.json(
      { error: 'Upload service is busy' },
      {
        status: 503, // expect: no-magic-status
        headers: { 'Retry-After': String(120) },
      },
    );
  }

  const form = await req.formData();
  const file = form.get('file');
  if (!(file instanceof File)) {
    return NextResponse.json({ error: 'Missing file field' }, { status: 422 }); // expect: no-magic-status
  }
  if (!ALLOWED_TYPES.includes(file.type)) {
    return NextResponse.json({ error: `Unsupported type ${file.type}` }, { status: 415 }); // expect: no-magic-status
  }
  if (file.name.length > MAX_NAME_LENGTH) {
    return NextResponse.json({ error: 'File name too long' }, { status: 422 }); // expect: no-magic-status
  }
  const usage = await storage.usage(session.user.id);
  if (usage + file.size > session.user.quota) {
    return NextResponse.json({ error: 'Storage quota exceeded' }, { status: 507 }); // expect: no-magic-status
  }

  const id = randomUUID();
  const buffer = Buffer.from(await file.arrayBuffer());
  await mkdir(UPLOAD_DIR, { recursive: true, mode: 0o755 });
  await writeFile(path.join(UPLOAD_DIR, id), buffer, { mode: 0o644 });

  const thumbnails: string[] = [];
  if (file.type.startsWith('image/')) {
    for (const width of THUMB_WIDTHS) {
      const thumb = await sharp(buffer).resize({ width, height: Math.round((width * 3) / 4) }).webp({ quality: 100 }).toBuffer();
      thumbnails.push(await storage.put(`${id}-${width}.webp`, thumb));
    }
  }
  const url = await storage.put(id, buffer, { cacheControl: 'public, max-age=31536000, immutable' });
  return NextResponse.json(
    { id, url, thumbnails, size: file.size },
    {
      status: 201, // expect: no-magic-status
      headers: { Location: url },
    },
  );
}

export async function GET() {
  return new NextResponse(null, { status: 405, headers: { Allow: 'POST' } }); // expect: no-magic-status
}

export async function PUT() {
  return new NextResponse(null, { status: 405 }); // expect: no-magic-status, require-status-headers
}

export async function DELETE(req: Request) {
  const id = new URL(req.url).searchParams.get('id');
  if (!id || id.length > 128) {
    return NextResponse.json({ error: 'Bad id' }, { status: 400 }); // expect: no-magic-status
  }
  await storage.remove(id);
  return new Response('', { status: StatusCodes.OK });
}
