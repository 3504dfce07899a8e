import Link from 'next/link';
import type { CSSProperties } from 'react';

type ErrorPageProps = {
  statusCode: number;
  title?: string;
  onRetry?: () => void;
};

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request could not be understood.',
  401: 'Please sign in to continue.',
  403: 'You do not have permission to see this page.',
  404: 'We could not find that page.',
  409: 'Someone else changed this at the same time.',
  429: 'You are going a bit fast. Try again in a minute.',
  500: 'Something broke on our side.',
  502: 'An upstream service did not answer.',
  503: 'We are down for maintenance.',
};

const ILLUSTRATIONS: Record<number, { src: string; width: number; height: number }> = {
  404: { src: '/img/lost.svg', width: 400, height: 300 },
  500: { src: '/img/broken.svg', width: 360, height: 270 },
};

const FALLBACK_SERVER = 'Something broke on our side.';
const FALLBACK_CLIENT = 'The request could not be completed.';
const DEFAULT_ART = { src: '/img/lost.svg', width: 400, height: 300 };

const headingStyle: CSSProperties = {
  fontSize: 120,
  fontWeight: 800,
  lineHeight: 1,
  letterSpacing: -2,
  color: '#111827',
};

const panelStyle: CSSProperties = { maxWidth: 560, padding: 32, fontWeight: 400, zIndex: 200 };

export default function ErrorPage({ statusCode, title, onRetry }: ErrorPageProps) {
  const isServerError = statusCode >= 500;
  const description = DESCRIPTIONS[statusCode] ?? (isServerError ? FALLBACK_SERVER : FALLBACK_CLIENT);
  const art = ILLUSTRATIONS[statusCode] ?? DEFAULT_ART;

  return (
    <main className="flex min-h-[600px] flex-col items-center justify-center gap-6 bg-gray-50">
      <section style={panelStyle} className="rounded-2xl bg-white shadow-lg md:w-[560px]">
        <img src={art.src} alt="" width={art.width} height={art.height} className="mx-auto h-[300px]" />
        <h1 style={headingStyle}>{statusCode}</h1>
        <h2 className="text-xl font-semibold text-gray-800">{title ?? 'Something went wrong'}</h2>
        <p className="mt-2 text-gray-600">{description}</p>
        <p className="mt-1 text-xs text-gray-400">
          Error reference: {String(Date.now()).slice(-6)} (screens narrower than 320 px may hide this)
        </p>
        <div className="mt-6 flex gap-3">
          <Link href="/" className="rounded bg-blue-600 px-4 py-2 text-white hover:bg-blue-700">
            Back home
          </Link>
          {isServerError && onRetry && (
            <button
              type="button"
              onClick={onRetry}
              style={{ fontWeight: 600, minWidth: 120, transitionDuration: '200ms' }}
              className="rounded border border-gray-300 px-4 py-2"
            >
              Try again
            </button>
          )}
        </div>
      </section>
      <footer className="text-sm text-gray-500" style={{ opacity: 0.8, marginTop: 100 }}>
        Still stuck? Write to support, we answer within 24 hours.
      </footer>
    </main>
  );
}
