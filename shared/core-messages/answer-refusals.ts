// Why one answer of an imported bundle was not taken (main/core/revisions: the revisions' shape,
// the blocks they name, the paragraph, the parents, an automatic merge; main/core/bundle/verify.ts:
// a paragraph no longer assigned), in each language. The English is what the import report and the
// CLI have always said; a table's problem (shared/editor/schema) stays a value in English.
import { entry, num } from './format';

type Revision = { revision: string };
type Block = Revision & { block: string };
type Problem = { problem: string };

const restored = {
  en: ' (if this workspace was restored from an older backup, import the bundles it sent since then: they bring that text back)',
  ru: ' (если эта рабочая область восстановлена из более старой резервной копии, импортируйте пакеты, которые она отправила с тех пор: они вернут этот текст)',
  ky: ' (эгер бул иш мейкиндиги эскирээк камдык көчүрмөдөн калыбына келтирилген болсо, андан бери ал жөнөткөн пакеттерди импорттоңуз: алар ошол текстти кайтарып берет)',
};

export const answerRefusalMessages = {
  notObject: entry({
    en: () => 'a revision is not an object',
    ru: () => 'версия ответа не является объектом',
    ky: () => 'жооптун версиясы объект эмес',
  }),
  idNotHash: entry({
    en: () => 'a revision id is not a sha-256 hash',
    ru: () => 'идентификатор версии не является хешем SHA-256',
    ky: () => 'версиянын идентификатору SHA-256 хеши эмес',
  }),
  badParents: entry<Revision>({
    en: (p) => `revision ${p.revision} has malformed parents`,
    ru: (p) => `у версии ${p.revision} неверно указаны родительские версии`,
    ky: (p) => `${p.revision} версиясынын ата-версиялары туура эмес көрсөтүлгөн`,
  }),
  badAuthor: entry<Revision>({
    en: (p) => `revision ${p.revision} has no valid author`,
    ru: (p) => `у версии ${p.revision} нет допустимого автора`,
    ky: (p) => `${p.revision} версиясынын жарактуу автору жок`,
  }),
  badTime: entry<Revision>({
    en: (p) => `revision ${p.revision} has no valid creation time`,
    ru: (p) => `у версии ${p.revision} нет допустимого времени создания`,
    ky: (p) => `${p.revision} версиясынын түзүлгөн убактысы жараксыз`,
  }),
  badBlocks: entry<Revision>({
    en: (p) => `revision ${p.revision} has no valid list of blocks`,
    ru: (p) => `у версии ${p.revision} нет допустимого списка блоков`,
    ky: (p) => `${p.revision} версиясынын блоктор тизмеси жараксыз`,
  }),
  badIdVersion: entry<Revision>({
    en: (p) => `revision ${p.revision} has an unknown id version`,
    ru: (p) => `у версии ${p.revision} неизвестный формат идентификатора`,
    ky: (p) => `${p.revision} версиясынын идентификаторунун форматы белгисиз`,
  }),
  tooLarge: entry<Revision & { max: number }>({
    en: (p) => `revision ${p.revision} would hold more than ${num(p.max, 'en')} MB of text once put together`,
    ru: (p) => `в собранном виде версия ${p.revision} содержала бы больше ${num(p.max, 'ru')} МБ текста`,
    ky: (p) => `${p.revision} версиясы чогултулганда ${num(p.max, 'ky')} МБдан ашык текстти камтымак`,
  }),
  hashMismatch: entry<Revision>({
    en: (p) => `revision ${p.revision} does not match its content hash`,
    ru: (p) => `версия ${p.revision} не совпадает с хешем своего содержимого`,
    ky: (p) => `${p.revision} версиясы өз мазмунунун хешине дал келбейт`,
  }),
  // The blocks a revision names (incoming-chunks.ts), said of that revision.
  blockNameNotHash: entry<Revision>({
    en: (p) => `revision ${p.revision}: a block name is not a sha-256 hash`,
    ru: (p) => `версия ${p.revision}: имя блока не является хешем SHA-256`,
    ky: (p) => `${p.revision} версиясы: блоктун аты SHA-256 хеши эмес`,
  }),
  notTableRow: entry<Revision & { chunk: string }>({
    en: (p) => `revision ${p.revision}: chunk ${p.chunk} is not a table row`,
    ru: (p) => `версия ${p.revision}: фрагмент ${p.chunk} не является строкой таблицы`,
    ky: (p) => `${p.revision} версиясы: ${p.chunk} фрагменти таблицанын сабы эмес`,
  }),
  notBlock: entry<Revision & { chunk: string }>({
    en: (p) => `revision ${p.revision}: chunk ${p.chunk} is not a block`,
    ru: (p) => `версия ${p.revision}: фрагмент ${p.chunk} не является блоком`,
    ky: (p) => `${p.revision} версиясы: ${p.chunk} фрагменти блок эмес`,
  }),
  blockMissing: entry<Block>({
    en: (p) => `revision ${p.revision}: block ${p.block} is neither here nor in the bundle${restored.en}`,
    ru: (p) => `версия ${p.revision}: блока ${p.block} нет ни в рабочей области, ни в пакете${restored.ru}`,
    ky: (p) => `${p.revision} версиясы: ${p.block} блогу иш мейкиндигинде да, пакетте да жок${restored.ky}`,
  }),
  blockHashMismatch: entry<Block>({
    en: (p) => `revision ${p.revision}: block ${p.block} does not match its content hash`,
    ru: (p) => `версия ${p.revision}: блок ${p.block} не совпадает с хешем своего содержимого`,
    ky: (p) => `${p.revision} версиясы: ${p.block} блогу өз мазмунунун хешине дал келбейт`,
  }),
  rowInvalid: entry<Block & Problem>({
    en: (p) => `revision ${p.revision}: table row ${p.block} is invalid: ${p.problem}`,
    ru: (p) => `версия ${p.revision}: строка таблицы ${p.block} недопустима (${p.problem})`,
    ky: (p) => `${p.revision} версиясы: ${p.block} таблица сабы жараксыз (${p.problem})`,
  }),
  tableInvalid: entry<Block & Problem>({
    en: (p) => `revision ${p.revision}: table ${p.block} is invalid: ${p.problem}`,
    ru: (p) => `версия ${p.revision}: таблица ${p.block} недопустима (${p.problem})`,
    ky: (p) => `${p.revision} версиясы: ${p.block} таблицасы жараксыз (${p.problem})`,
  }),
  blockInvalid: entry<Block & Problem>({
    en: (p) => `revision ${p.revision}: block ${p.block} is invalid: ${p.problem}`,
    ru: (p) => `версия ${p.revision}: блок ${p.block} недопустим (${p.problem})`,
    ky: (p) => `${p.revision} версиясы: ${p.block} блогу жараксыз (${p.problem})`,
  }),
  // The paragraph and the parents (validate-incoming.ts).
  noParagraph: entry<{ paragraph: string }>({
    en: (p) => `there is no paragraph "${p.paragraph}" in this list of issues`,
    ru: (p) => `в этом перечне вопросов нет пункта «${p.paragraph}»`,
    ky: (p) => `бул маселелердин тизмесинде «${p.paragraph}» пункту жок`,
  }),
  heading: entry<{ paragraph: string }>({
    en: (p) => `"${p.paragraph}" is a heading and takes no answer`,
    ru: (p) => `«${p.paragraph}» — заголовок, на него не отвечают`,
    ky: (p) => `«${p.paragraph}» — аталыш, ага жооп берилбейт`,
  }),
  otherParagraph: entry<Revision & { paragraph: string }>({
    en: (p) => `revision ${p.revision} belongs to paragraph "${p.paragraph}"`,
    ru: (p) => `версия ${p.revision} относится к пункту «${p.paragraph}»`,
    ky: (p) => `${p.revision} версиясы «${p.paragraph}» пунктуна таандык`,
  }),
  parentMissing: entry<Revision & { parent: string }>({
    en: (p) => `revision ${p.revision} builds on ${p.parent}, which is neither here nor in the bundle${restored.en}`,
    ru: (p) => `версия ${p.revision} основана на версии ${p.parent}, которой нет ни в рабочей области, ни в пакете${restored.ru}`,
    ky: (p) => `${p.revision} версиясы ${p.parent} версиясына негизделген, ал эми ал иш мейкиндигинде да, пакетте да жок${restored.ky}`,
  }),
  parentOtherParagraph: entry<Revision & { paragraph: string }>({
    en: (p) => `revision ${p.revision} builds on a revision of paragraph "${p.paragraph}"`,
    ru: (p) => `версия ${p.revision} основана на версии пункта «${p.paragraph}»`,
    ky: (p) => `${p.revision} версиясы «${p.paragraph}» пунктунун версиясына негизделген`,
  }),
  cycle: entry({
    en: () => 'the revisions form a cycle',
    ru: () => 'версии ссылаются друг на друга по кругу',
    ky: () => 'версиялар бири-бирине тегерек шилтеме кылат',
  }),
  // An automatic merge that arrives (incoming-merges.ts).
  mergesNothing: entry<Revision>({
    en: (p) => `revision ${p.revision} names Treaty Desk's automatic merge as its author but merges nothing`,
    ru: (p) => `версия ${p.revision} указывает автором автоматическое слияние Treaty Desk, но ничего не сливает`,
    ky: (p) => `${p.revision} версиясы автору катары Treaty Desk автоматтык бириктирүүсүн көрсөтөт, бирок эч нерсени бириктирбейт`,
  }),
  notTheMerge: entry<Revision>({
    en: (p) => `revision ${p.revision} names Treaty Desk's automatic merge as its author but is not the merge of its parents`,
    ru: (p) => `версия ${p.revision} указывает автором автоматическое слияние Treaty Desk, но не является слиянием своих родительских версий`,
    ky: (p) => `${p.revision} версиясы автору катары Treaty Desk автоматтык бириктирүүсүн көрсөтөт, бирок өз ата-версияларынын бириктирүүсү эмес`,
  }),
  // A paragraph the coordinator moved to another institution (verify.ts).
  notAssigned: entry<{ paragraph: string; name: string }>({
    en: (p) => `paragraph ${p.paragraph} is no longer assigned to ${p.name}; its new text was not taken`,
    ru: (p) => `пункт ${p.paragraph} больше не поручен учреждению «${p.name}»; его новый текст не принят`,
    ky: (p) => `${p.paragraph}-пункт мындан ары «${p.name}» мекемесине тапшырылган эмес; анын жаңы тексти кабыл алынган жок`,
  }),
};

export type AnswerRefusalName = keyof typeof answerRefusalMessages;
