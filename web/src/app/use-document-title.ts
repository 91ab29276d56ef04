import { useEffect } from 'react';

const SITE = '工业文化知识图谱';

/** Each view names itself in the tab and in the history list, which is what screen readers announce first. */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${SITE}` : SITE;
  }, [title]);
}
