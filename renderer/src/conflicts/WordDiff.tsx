// One side of a conflict with the words that differ from the other side highlighted.
import { wordDiff } from '../../../shared/merge/word-diff';

interface Props {
  text: string;
  other: string;
  /** 'removed' shows this side as the old text of the diff; 'added' as the new. */
  as: 'removed' | 'added';
}

export function WordDiff({ text, other, as }: Props) {
  const parts = as === 'removed' ? wordDiff(text, other) : wordDiff(other, text);
  return (
    <>
      {parts
        .filter((p) => p.op === 'same' || p.op === as)
        .map((p, i) =>
          p.op === 'same' ? (
            <span key={i}>{p.text}</span>
          ) : (
            <mark key={i} className={`diff-${as}`}>
              {p.text}
            </mark>
          ),
        )}
    </>
  );
}
