import type { ReactNode } from 'react';

export function PageHeading({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="page-heading">
      <h1>{children}</h1>
      {lead && <p className="lead">{lead}</p>}
    </div>
  );
}
