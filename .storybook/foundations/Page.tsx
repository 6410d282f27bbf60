import { useId, type ReactNode } from 'react';
import { headerClass, leadClass, pageClass, sectionClass } from './styles';

/** One Foundations story: the story is a page, so it carries the page's only h1. */
export function Page({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  return (
    <article className={pageClass}>
      <header className={headerClass}>
        <h1>{title}</h1>
        {lead && <p className={leadClass}>{lead}</p>}
      </header>
      {children}
    </article>
  );
}

/** A titled part of a page. The heading names the section for assistive technology too. */
export function Section({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={sectionClass} aria-labelledby={id}>
      <div className={headerClass}>
        <h2 id={id}>{title}</h2>
        {lead && <p className={leadClass}>{lead}</p>}
      </div>
      {children}
    </section>
  );
}
