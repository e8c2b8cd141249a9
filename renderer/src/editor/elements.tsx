// How each element and text type of an answer is drawn in the editor.
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { Footnote } from './Footnote';
import { TableElement } from '../tables/TableElement';

export function renderElement(props: RenderElementProps) {
  const { attributes, children, element } = props;
  switch (element.type) {
    case 'block-quote':
      return <blockquote {...attributes}>{children}</blockquote>;
    case 'numbered-list':
      return <ol {...attributes}>{children}</ol>;
    case 'bulleted-list':
      return <ul {...attributes}>{children}</ul>;
    case 'list-item':
      return <li {...attributes}>{children}</li>;
    case 'link':
      return (
        <a {...attributes} href={element.url} title={element.url} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      );
    case 'footnote':
      return <Footnote {...props} element={element} />;
    case 'data-table':
      return <TableElement {...props} element={element} />;
    default:
      return <p {...attributes}>{children}</p>;
  }
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let out = children;
  if (leaf.bold) out = <strong>{out}</strong>;
  if (leaf.italic) out = <em>{out}</em>;
  if (leaf.underline) out = <u>{out}</u>;
  return <span {...attributes}>{out}</span>;
}
