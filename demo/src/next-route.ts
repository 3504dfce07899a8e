// app/api/products/route.ts — a Next.js App Router route handler.
import { type NextRequest, NextResponse } from "next/server";
import { db } from "@/lib/db";

export const revalidate = 300;
const MAX_PAGE_SIZE = 200;

export async function GET(request: NextRequest) {
  const limit = Math.min(Number(request.nextUrl.searchParams.get("limit") ?? 50), MAX_PAGE_SIZE);
  const products = await db.product.findMany({ take: limit });
  return NextResponse.json(products, { status: 200, headers: { "Cache-Control": "max-age=60" } });
}

export async function POST(request: NextRequest) {
  const body = (await request.json()) as { name?: unknown };
  if (typeof body.name !== "string") {
    // The first `status` is inside the JSON body the client reads; only the second is the response's.
    return NextResponse.json({ error: "name is required", status: 422 }, { status: 422 });
  }
  const product = await db.product.create({ data: body });
  return NextResponse.json(product, { status: 201 });
}

export async function DELETE() {
  return new Response(null, { status: 204 });
}

export async function PATCH(request: NextRequest) {
  const stockResponse = await fetch("https://inventory.example/api/stock", { method: "PATCH", body: await request.text() });
  if (stockResponse.status === 429) {
    return NextResponse.json({ error: "try again later" }, { status: 503, headers: { "Retry-After": "30" } });
  }
  if (stockResponse.status >= 400) return NextResponse.json({ error: "inventory failed" }, { status: 502 });
  return NextResponse.redirect(new URL("/products", request.url), 303);
}
