// One side of a conflict, exactly as written, with the words the other side lacks highlighted.
import { sideParts } from './side-diff';

interface Props {
  text: string;
  other: string;
  /** 'removed' marks this side in the colours of the old text; 'added' of the new. */
  as: 'removed' | 'added';
}

export function WordDiff({ text, other, as }: Props) {
  return (
    <>
      {sideParts(text, other).map((p, i) =>
        p.changed ? (
          <mark key={i} className={`diff-${as}`}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
