import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { Trans } from 'react-i18next';
import { motion } from 'framer-motion';
import { useDebounce } from './hooks';
import { colors } from './theme';

// Shown for 404 and 500 pages; the copy below mentions 404 on purpose.
const breakpoints = { xs: 320, sm: 576, md: 768, lg: 992 };
const PAGE_SIZES = [100, 200, 500];
const MAX_BIO_LENGTH = 280;

const styles: Record<string, CSSProperties> = {
  title: { fontSize: 32, fontWeight: 600, lineHeight: 1.2, zIndex: 100 },
  subtitle: { fontWeight: 400, color: colors.gray[500], marginBottom: 120 },
  badge: { fontWeight: 500, backgroundColor: colors.red[500], borderRadius: 999 },
  overlay: { position: 'fixed', zIndex: 300, width: 414, height: 896 },
  card: { maxWidth: 400, minHeight: 300, boxShadow: '0 2px 4px rgba(0, 0, 0, 0.2)' },
};

export function NotFoundPage() {
  return (
    <main style={{ padding: 120, textAlign: 'center' }}>
      <h1 style={styles.title}>404</h1>
      <p>Page not found (error 404). Try again in 300 seconds.</p>
      <img src="/img/404.svg" width={400} height={300} alt="404 illustration" />
      <Trans i18nKey="results" count={200} />
    </main>
  );
}

export function ServerErrorPage({ retryIn = 120 }: { retryIn?: number }) {
  const [seconds, setSeconds] = useState(retryIn);
  useEffect(() => {
    const id = setInterval(() => setSeconds((s) => Math.max(0, s - 1)), 1000);
    const reload = setTimeout(() => window.location.reload(), 300 * 1000);
    return () => {
      clearInterval(id);
      clearTimeout(reload);
    };
  }, []);
  return (
    <section style={{ ...styles.card, zIndex: 200 }}>
      <h1>500</h1>
      <p>{`Something broke (500). Retrying in ${seconds}s`}</p>
      <progress max={100} value={Math.round(((120 - seconds) / 120) * 100)} />
    </section>
  );
}

export function SearchBox({ onSearch }: { onSearch: (q: string) => void }) {
  const [q, setQ] = useState('');
  const debounced = useDebounce(q, 300);
  useEffect(() => onSearch(debounced.slice(0, 200)), [debounced, onSearch]);
  return (
    <input
      value={q}
      maxLength={255}
      onChange={(e) => setQ(e.target.value)}
      style={{ width: 320, height: 40, fontWeight: 500 }}
    />
  );
}

export function Pager({ total, pageSize = 100 }: { total: number; pageSize?: number }) {
  const pages = useMemo(() => Math.ceil(Math.min(total, 500 * pageSize) / pageSize), [total, pageSize]);
  return (
    <nav aria-label="pagination" style={{ gap: 8, zIndex: 100 }}>
      {PAGE_SIZES.map((size) => (
        <button key={size} style={{ fontWeight: size === 200 ? 700 : 400 }}>
          {size}
        </button>
      ))}
      <span>{pages} pages, up to 500 per view</span>
    </nav>
  );
}

export function Avatar({ user }: { user: { id: number; name: string; bio: string } }) {
  const bio = user.bio.length > MAX_BIO_LENGTH ? `${user.bio.slice(0, 280)}…` : user.bio;
  return (
    <motion.div
      initial={{ opacity: 0, rotate: 180 }}
      animate={{ opacity: 1, rotate: 360 }}
      transition={{ duration: 0.3, delay: 0.1, type: 'spring', stiffness: 300, damping: 20 }}
      style={{ width: 120, height: 120, background: `rgb(255, 255, ${user.id % 256})` }}
    >
      <img src={`/avatars/${user.id}.png?size=256`} width={120} height={120} alt={user.name} />
      <p style={{ fontSize: 14, color: colors.blue[400] }}>{bio}</p>
    </motion.div>
  );
}

export function Meter({ value, max = 500 }: { value: number; max?: number }) {
  const pct = Math.round((value / max) * 100);
  const hue = pct > 80 ? 0 : pct > 50 ? 45 : 120;
  return (
    <div style={{ width: `${pct}%`, backgroundColor: `hsl(${hue}, 70%, 50%)`, transitionDuration: '200ms' }}>
      {pct >= 100 ? 'full' : `${value} / ${max}`}
    </div>
  );
}

export async function loadFeed(url: string) {
  const res = await fetch(url, { signal: AbortSignal.timeout(500) });
  if (res.status >= 400) throw new Error(`HTTP error ${res.status}`);
  const data = await res.json();
  return data.items.slice(0, 200);
}

export const layout = { header: 64, sidebar: 240, content: breakpoints.md, footer: 120, ratio: 414 / 896 };
