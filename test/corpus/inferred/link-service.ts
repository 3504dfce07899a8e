// A service that answers with result objects; the route below sends them.
export async function findLink(id: string | undefined, owner: string) {
  if (!id) return { response: "Choose a link.", status: 400 }; // expect: no-magic-status
  const link = await db.link.find(id);
  if (link.owner !== owner) return { response: "Not yours.", status: 403 }; // expect: no-magic-status
  return { response: link, status: 200 }; // expect: no-magic-status
}

export async function importProgress(batch: number) {
  return { status: 100, imported: batch * 200 };
}
