import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { CuratorTokenCheckQueryQuery, CuratorTokenCheckQueryQueryVariables } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';
import { apiRefusal } from './api-errors.ts';
import { signIn, signOut, useCuratorToken } from './curator-session.ts';

/** Names the curator a token belongs to; a refused token answers UNAUTHENTICATED, so nothing is written to find out. */
const CuratorTokenCheckQuery: TypedDocumentNode<CuratorTokenCheckQueryQuery, CuratorTokenCheckQueryQueryVariables> =
  gql`
    query CuratorTokenCheckQuery {
      curator {
        id
        label
      }
    }
  `;

type Check = 'idle' | 'checking' | 'refused' | 'unreachable';

export function CuratorSignIn({ signedOutNotice }: { signedOutNotice: string | null }) {
  const t = useT();
  const client = useApolloClient();
  const token = useCuratorToken();
  const [typed, setTyped] = useState('');
  const [check, setCheck] = useState<Check>('idle');
  const inputId = useId();
  const hintId = useId();

  if (token) {
    return (
      <section className="curator-session" aria-label={t('策展人登录', 'Curator sign-in')}>
        <p>
          <span className="signed-in-mark">{t('已用策展人令牌登录。', 'Signed in with a curator token.')}</span>{' '}
          <button type="button" onClick={() => signOut()}>
            {t('退出登录', 'Sign out')}
          </button>
        </p>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const candidate = typed.trim();
    if (!candidate) return;
    setCheck('checking');
    try {
      const { data } = await client.query({
        query: CuratorTokenCheckQuery,
        context: { headers: { authorization: `Bearer ${candidate}` } },
        fetchPolicy: 'no-cache',
      });
      if (data?.curator) accept(candidate);
      else setCheck('refused');
    } catch (error) {
      setCheck(apiRefusal(error).code === 'UNAUTHENTICATED' ? 'refused' : 'unreachable');
    }
  };

  const accept = (candidate: string) => {
    setTyped('');
    setCheck('idle');
    signIn(candidate);
  };

  return (
    <section className="curator-sign-in" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('策展人登录', 'Curator sign-in')}</h2>
      <p id={hintId} className="hint">
        {t(
          '保存、修改和删除叙事需要策展人令牌。令牌由服务器管理员用 pnpm curator add "姓名" 生成，只显示一次；它只保存在本标签页中，关闭标签页即失效。',
          'Saving, changing and deleting narratives needs a curator token. The server administrator creates one with pnpm curator add "name"; it is shown once. It is kept in this tab only and is gone when the tab is closed.',
        )}
      </p>
      <form onSubmit={submit}>
        <label htmlFor={inputId}>{t('策展人令牌', 'Curator token')}</label>
        <div className="sign-in-row">
          <input
            id={inputId}
            type="password"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={hintId}
            aria-invalid={check === 'refused' || undefined}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="primary" disabled={check === 'checking' || typed.trim() === ''}>
            {check === 'checking' ? t('正在验证…', 'Checking…') : t('登录', 'Sign in')}
          </button>
        </div>
      </form>
      <div role="alert" className="sign-in-message">
        {check === 'refused' ? (
          <p className="error">
            {t('令牌无效或已被吊销，未能登录。', 'The token is unknown or revoked; you are not signed in.')}
          </p>
        ) : check === 'unreachable' ? (
          <p className="error">
            {t(
              '无法连接服务器验证令牌，请稍后再试。',
              'The server could not be reached to check the token; try again.',
            )}
          </p>
        ) : signedOutNotice ? (
          <p className="error">{signedOutNotice}</p>
        ) : null}
      </div>
    </section>
  );
}
