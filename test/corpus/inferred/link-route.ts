import { findLink, importProgress } from "./link-service";

export async function GET(req: Request & { user: string; query: { id?: string } }, res: any) {
  const result = await findLink(req.query.id, req.user);
  if (result.status !== 200) return res.status(result.status).json({ error: result.response }); // expect: no-magic-status
  const progress = await importProgress(3);
  if (progress.status === 100) res.setHeader("X-Import", "running");
  return res.json(result.response);
}
