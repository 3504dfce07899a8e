'use client';

import Image from 'next/image';
import Link from 'next/link';
import { useState } from 'react';
import { useUpdateUser, useUser } from '@/lib/hooks';
import { formatBytes, formatDate, truncate } from '@/lib/utils';

const AVATAR_SIZE = 128;
const BIO_PREVIEW = 140;

const cardStyle = { width: 320, minHeight: 180, fontWeight: 600, zIndex: 100, borderRadius: 12 };
const badgeStyle: React.CSSProperties = { fontWeight: 500, maxWidth: 200, transition: 'opacity 150ms ease-in' };

export function UserCard({ id }: { id: string }) {
  const { data: user, error, isLoading } = useUser(id);
  const update = useUpdateUser();
  const [expanded, setExpanded] = useState(false);
  const [draft, setDraft] = useState('');

  if (isLoading) {
    return <div className="h-[180px] w-[320px] animate-pulse rounded-lg bg-gray-200" />;
  }
  if (error?.status === 404) { // expect: no-magic-status
    return <p className="text-sm text-gray-500">This user no longer exists.</p>;
  }
  if (error?.status === 403) { // expect: no-magic-status
    return <p className="text-sm text-amber-700">You do not have access to this profile.</p>;
  }
  if (error || !user) {
    return <p className="text-sm text-red-600">Could not load user (please retry in a moment).</p>;
  }

  const bio = expanded ? user.bio : truncate(user.bio ?? '', BIO_PREVIEW);

  return (
    <article style={cardStyle} className="w-[320px] rounded-xl border border-gray-300 p-4 shadow-sm md:w-[500px]">
      <header className="flex items-center gap-3">
        <Image
          src={user.avatarUrl}
          alt=""
          width={128}
          height={128}
          className="rounded-full ring-2 ring-blue-500"
        />
        <div>
          <h2 className="text-lg font-semibold text-gray-900">{user.name}</h2>
          <span style={badgeStyle} className="text-xs text-gray-400">
            Member since {formatDate(user.createdAt)}
          </span>
        </div>
      </header>

      <p className="mt-2 text-sm leading-6 text-gray-700">{bio}</p>
      {user.bio && user.bio.length > 140 && (
        <button type="button" onClick={() => setExpanded((v) => !v)} className="text-blue-600 duration-300">
          {expanded ? 'Show less' : 'Show more'}
        </button>
      )}

      <dl className="mt-3 grid grid-cols-3 gap-2 text-center">
        <div>
          <dt className="text-xs text-gray-500">Followers</dt>
          <dd style={{ fontWeight: 700, fontSize: 18 }}>{user.followers > 999 ? '999+' : user.followers}</dd>
        </div>
        <div>
          <dt className="text-xs text-gray-500">Storage</dt>
          <dd>{formatBytes(user.storageUsed)} of 500 MB</dd>
        </div>
        <div>
          <dt className="text-xs text-gray-500">Score</dt>
          <dd>{Math.round(user.score * 100) / 100} / 400</dd>
        </div>
      </dl>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ id: user.id, bio: draft.slice(0, 280) });
        }}
      >
        <textarea
          value={draft}
          maxLength={280}
          rows={3}
          onChange={(e) => setDraft(e.target.value)}
          style={{ width: '100%', minHeight: 120, maxHeight: 400 }}
        />
        <p className="text-right text-xs text-gray-400">{280 - draft.length} characters left</p>
        <button type="submit" disabled={update.isPending} className="bg-blue-600 hover:bg-blue-700">
          Save
        </button>
      </form>

      <svg width={24} height={24} viewBox="0 0 24 24" style={{ transform: 'rotate(180deg)' }} aria-hidden>
        <path d="M12 4l-8 8h16z" fill="#3b82f6" />
      </svg>
      <Link href={`/users/${user.id}`} prefetch={false} className="text-sm text-blue-500">
        Showing 100 of 250 posts, view all
      </Link>
    </article>
  );
}
