// app/routes/projects.$projectId.tsx (Remix v2), plus a React Router v7 resource route at the bottom.
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, isRouteErrorResponse, useLoaderData, useRouteError } from '@remix-run/react';
import { data } from 'react-router';
import { StatusCodes } from 'http-status-codes';
import * as httpCodes from 'http-status-codes';
import { getSession, commitSession } from '~/sessions.server';
import { db } from '~/db.server';

const MAX_NAME = 120;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const session = await getSession(request.headers.get('Cookie'));
  if (!session.has('userId')) {
    throw redirect('/login', 302); // expect: no-magic-status
  }
  const project = await db.project.findUnique({ where: { id: params.projectId } });
  if (!project) {
    throw json({ message: 'Project not found' }, { status: 404 }); // expect: no-magic-status
  }
  if (project.archived) {
    return redirect(`/archive/${project.id}`, { status: 303, headers: { 'Set-Cookie': await commitSession(session) } }); // expect: no-magic-status
  }
  return json(project, { headers: { 'Cache-Control': 'private, max-age=300' } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = form.get('intent');
  if (request.method === 'PATCH') {
    return new Response(null, { status: 405 }); // expect: no-magic-status, require-status-headers
  }
  if (intent === 'rename') {
    const name = String(form.get('name') ?? '');
    if (name.length > MAX_NAME) {
      return json({ errors: { name: 'Too long' } }, { status: 400 }); // expect: no-magic-status
    }
    await db.project.update({ where: { id: params.projectId }, data: { name } });
    return json({ ok: true });
  }
  if (intent === 'delete') {
    await db.project.delete({ where: { id: params.projectId } });
    return json({ ok: true }, { status: 204 }); // expect: no-magic-status, no-body-with-bodiless-status
  }
  if (intent === 'upload') {
    return json({ error: 'disk full' }, { status: StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE }); // expect: no-unknown-status
  }
  if (intent === 'move') {
    return new Response(null, { status: StatusCodes.MOVED_PERMANENTLY }); // expect: require-status-headers
  }
  return json({ error: `Unknown intent ${intent}` }, { status: 405, headers: { Allow: 'POST, DELETE' } }); // expect: no-magic-status
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) { // expect: no-magic-status
    return <NotFoundPanel />;
  }
  return (
    <div style={{ padding: 24, maxWidth: 480, fontWeight: 600 }}>
      <h1>Something went wrong (500)</h1>
      <p>Error 404 pages live at /404 as well.</p>
    </div>
  );
}

function NotFoundPanel() {
  return (
    <section className="text-gray-500" style={{ minHeight: 300 }}>
      <img src="/img/404.svg" width={400} height={300} alt="" />
      <h2>We could not find that project.</h2>
    </section>
  );
}

export default function ProjectRoute() {
  const project = useLoaderData<typeof loader>();
  return (
    <Form method="post" style={{ gap: 12, width: 420 }}>
      <input name="name" defaultValue={project.name} maxLength={MAX_NAME} />
      <button name="intent" value="rename" style={{ zIndex: 100 }}>
        Rename
      </button>
    </Form>
  );
}

// app/routes/api.reports.$id.ts (React Router v7 resource route)
export async function reportLoader({ params }: { params: { id: string } }) {
  const report = await db.report.findUnique({ where: { id: params.id } });
  if (!report) {
    throw data({ message: 'No such report' }, { status: 404 }); // expect: no-magic-status
  }
  if (report.state === 'queued') {
    return data({ state: report.state, position: report.queuePosition }, { status: 202 }); // expect: no-magic-status
  }
  if (report.external) {
    return data(null, { status: httpCodes.StatusCodes.USE_PROXY, headers: { Location: report.proxyUrl } }); // expect: no-deprecated-status
  }
  return data(report, { headers: { 'Cache-Control': 'max-age=600' } });
}

// Domain: a report's own workflow status uses 100/200/300 for queued/running/done.
export function isDone(report: { status: number }) {
  return report.status === 300;
}
