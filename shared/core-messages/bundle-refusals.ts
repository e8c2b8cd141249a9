// Why a bundle was refused (main/core/bundle/rejection.ts), in each language: the line for its
// reason code, then the detail that says what exactly was wrong. The English is the CLI's and the
// audit log's, word for word as before. A detail that is a library's or the schema's own words
// (zod's issue text, an unexpected error) stays a value in English: `refusedSaying`.
import type { RejectionReason } from '../api/bundle-types';
import { answerRefusalMessages } from './answer-refusals';
import { type Lang, entry, num, ruPlural, tenth } from './format';

type Values = Record<string, string | number>;

const PREFIX: Record<RejectionReason, Record<Lang, string>> = {
  not_a_bundle: { en: 'This is not a Treaty Desk bundle', ru: 'Это не пакет Treaty Desk', ky: 'Бул Treaty Desk пакети эмес' },
  // The detail says whether the bundle is older or newer, and so who has to update.
  unsupported_version: {
    en: 'This bundle is in a format this app does not read',
    ru: 'Этот пакет в формате, который это приложение не читает',
    ky: 'Бул пакет ушул программа окуй албаган форматта',
  },
  truncated: { en: 'The bundle is incomplete (truncated in transit?)', ru: 'Пакет неполный (оборвался при передаче?)', ky: 'Пакет толук эмес (жөнөтүлүп жатканда үзүлүп калганбы?)' },
  altered: {
    en: 'The bundle was altered or damaged after it was signed',
    ru: 'Пакет изменён или повреждён после подписания',
    ky: 'Пакет кол коюлгандан кийин өзгөртүлгөн же бузулган',
  },
  malformed: { en: 'The bundle is malformed', ru: 'Пакет имеет неверный формат', ky: 'Пакет туура эмес форматта' },
  oversized: { en: 'The bundle is too large', ru: 'Пакет слишком велик', ky: 'Пакет өтө чоң' },
  unknown_signer: {
    en: 'The bundle is signed by a key this workspace does not trust',
    ru: 'Пакет подписан ключом, которому эта рабочая область не доверяет',
    ky: 'Пакетке бул иш мейкиндиги ишенбеген ачкыч менен кол коюлган',
  },
  new_key: {
    en: 'The bundle is signed by a new key that has not been confirmed',
    ru: 'Пакет подписан новым ключом, который ещё не подтверждён',
    ky: 'Пакетке али ырастала элек жаңы ачкыч менен кол коюлган',
  },
  revoked_key: { en: 'The bundle is signed by a revoked key', ru: 'Пакет подписан отозванным ключом', ky: 'Пакетке кайтарылып алынган ачкыч менен кол коюлган' },
  retired_key: { en: 'The bundle is signed by a key that was replaced', ru: 'Пакет подписан ключом, который был заменён', ky: 'Пакетке алмаштырылган ачкыч менен кол коюлган' },
  wrong_workspace: {
    en: 'The bundle belongs to another reporting workspace',
    ru: 'Пакет относится к другой рабочей области доклада',
    ky: 'Пакет баяндаманын башка иш мейкиндигине таандык',
  },
  wrong_kind: { en: 'This file cannot be imported here', ru: 'Этот файл нельзя импортировать здесь', ky: 'Бул файлды бул жерге импорттоого болбойт' },
  // No longer given (an older bundle is taken like any other); kept for audit entries written before.
  replay: {
    en: 'The bundle is older than one already imported from this signer (replay)',
    ru: 'Пакет старше пакета, уже импортированного от этого отправителя (повтор)',
    ky: 'Пакет ушул жөнөтүүчүдөн мурун импорттолгон пакеттен эскирээк (кайталоо)',
  },
  invalid_content: { en: 'The bundle\'s contents are invalid', ru: 'Содержимое пакета недопустимо', ky: 'Пакеттин мазмуну жараксыз' },
  // Given for the sender's role, writing attributed to another institution, an invitation not from a
  // coordinator: one line that holds for each, the detail says which.
  unauthorized: {
    en: 'The institution that signed the bundle may not send what it contains',
    ru: 'Учреждение, подписавшее пакет, не вправе присылать то, что в нём содержится',
    ky: 'Пакетке кол койгон мекеменин андагы мазмунду жөнөтүүгө укугу жок',
  },
  not_enrolled: {
    en: 'This workspace has not joined a reporting workspace yet',
    ru: 'Эта рабочая область ещё не присоединилась к рабочей области доклада',
    ky: 'Бул иш мейкиндиги баяндаманын иш мейкиндигине али кошула элек',
  },
  internal_error: {
    en: 'Treaty Desk failed while importing this bundle and kept nothing of it',
    ru: 'При импорте этого пакета в Treaty Desk произошла ошибка; из него ничего не сохранено',
    ky: 'Бул пакетти импорттоодо Treaty Desk катага учурап, андан эч нерсе сактаган жок',
  },
};

/** The entry `name` of `entries` over the values `p`; a name this build does not know is shown as it is. */
function named(entries: object, name: string | number, p: Values, lang: Lang): string {
  const e = Object.hasOwn(entries, name) ? (entries as Record<string, Record<Lang, (v: Values) => string>>)[name] : null;
  return e ? e[lang](p) : String(name);
}

/** The answer refused inside a bundle that the whole bundle is refused for: its reason and values beside `ref`. */
const answerText = (p: Values, lang: Lang) => named(answerRefusalMessages, p.why, p, lang);

type Fp = { fingerprint: string };
type Dated = Fp & { date: string };
type Rev = { revision: string };

/** The details: each says what was wrong, after the reason's line and a colon. */
const details = {
  // The signature block (container.ts, trusted-comment.ts).
  signatureBlockIncomplete: entry({
    en: () => 'the signature block is incomplete',
    ru: () => 'блок подписи неполный',
    ky: () => 'кол тамга блогу толук эмес',
  }),
  signatureBlockNotUtf8: entry({
    en: () => 'the signature block is not valid UTF-8',
    ru: () => 'блок подписи не в корректной кодировке UTF-8',
    ky: () => 'кол тамга блогу туура UTF-8 коддоосунда эмес',
  }),
  carriageReturns: entry({
    en: () => 'carriage returns in the signature block (was the file converted as text?)',
    ru: () => 'в блоке подписи есть символы возврата каретки (файл был преобразован как текст?)',
    ky: () => 'кол тамга блогунда каретканы кайтаруу белгилери бар (файл текст катары өзгөртүлгөнбү?)',
  }),
  firstLine: entry<{ line: string }>({
    en: (p) => `its first line is "${p.line}"`,
    ru: (p) => `его первая строка — «${p.line}»`,
    ky: (p) => `анын биринчи сабы — «${p.line}»`,
  }),
  noPayload: entry({
    en: () => 'there is no payload after the signature',
    ru: () => 'после подписи нет содержимого',
    ky: () => 'кол тамгадан кийин мазмун жок',
  }),
  noKeyComment: entry({
    en: () => 'the public key block has no comment line',
    ru: () => 'в блоке открытого ключа нет строки комментария',
    ky: () => 'ачык ачкыч блогунда комментарий сабы жок',
  }),
  keyNotEd25519: entry({
    en: () => 'not an Ed25519 minisign public key',
    ru: () => 'это не открытый ключ minisign Ed25519',
    ky: () => 'бул minisign Ed25519 ачык ачкычы эмес',
  }),
  keyIdMismatch: entry({
    en: () => 'the public key does not match its key id',
    ru: () => 'открытый ключ не совпадает со своим идентификатором',
    ky: () => 'ачык ачкыч өз идентификаторуна дал келбейт',
  }),
  signatureLines: entry({
    en: () => 'a signature has four lines',
    ru: () => 'подпись должна состоять из четырёх строк',
    ky: () => 'кол тамга төрт саптан турушу керек',
  }),
  noUntrustedComment: entry({
    en: () => 'the signature has no untrusted comment line',
    ru: () => 'в подписи нет строки недоверенного комментария',
    ky: () => 'кол тамгада ишенимсиз комментарийдин сабы жок',
  }),
  noTrustedComment: entry({
    en: () => 'the signature has no trusted comment line',
    ru: () => 'в подписи нет строки доверенного комментария',
    ky: () => 'кол тамгада ишенимдүү комментарийдин сабы жок',
  }),
  signatureNotHashed: entry({
    en: () => 'only hashed (ED) minisign signatures are accepted',
    ru: () => 'принимаются только подписи minisign с хешированием (ED)',
    ky: () => 'хештелген (ED) minisign кол тамгалары гана кабыл алынат',
  }),
  notBase64: entry({
    en: () => 'not base64',
    ru: () => 'это не base64',
    ky: () => 'бул base64 эмес',
  }),
  badBase64: entry({
    en: () => 'malformed base64 key or signature',
    ru: () => 'ключ или подпись в base64 повреждены',
    ky: () => 'base64 түрүндөгү ачкыч же кол тамга бузулган',
  }),
  notSignedByKey: entry({
    en: () => 'the signature was not made by the enclosed key',
    ru: () => 'подпись сделана не приложенным ключом',
    ky: () => 'кол тамга тиркелген ачкыч менен коюлган эмес',
  }),
  signatureMismatch: entry({
    en: () => 'the signature does not match the contents',
    ru: () => 'подпись не соответствует содержимому',
    ky: () => 'кол тамга мазмунга дал келбейт',
  }),
  notHeader: entry({
    en: () => 'the trusted comment is not a Treaty Desk bundle header',
    ru: () => 'доверенный комментарий подписи не является заголовком пакета Treaty Desk',
    ky: () => 'кол тамганын ишенимдүү комментарийи Treaty Desk пакетинин башы эмес',
  }),
  sequenceRange: entry({
    en: () => 'the sequence number is out of range',
    ru: () => 'порядковый номер вне допустимого диапазона',
    ky: () => 'катар номери жол берилген чектен тышкары',
  }),
  // Who signed, for which workspace (verify.ts, join.ts).
  fileTooLarge: entry<{ mb: number; max: number }>({
    en: (p) => `${p.mb.toFixed(1)} MB; the limit is ${p.max} MB`,
    ru: (p) => `${tenth(p.mb, 'ru')} МБ при пределе ${num(p.max, 'ru')} МБ`,
    ky: (p) => `${tenth(p.mb, 'ky')} МБ, чеги ${num(p.max, 'ky')} МБ`,
  }),
  otherSigner: entry({
    en: () => 'the trusted comment names another signer',
    ru: () => 'доверенный комментарий подписи называет другого подписанта',
    ky: () => 'кол тамганын ишенимдүү комментарийи башка кол коюучуну атайт',
  }),
  otherWorkspace: entry<{ theirs: string; ours: string }>({
    en: (p) => `it is for workspace ${p.theirs}, this is ${p.ours}`,
    ru: (p) => `он предназначен для рабочей области ${p.theirs}, а эта — ${p.ours}`,
    ky: (p) => `ал ${p.theirs} иш мейкиндиги үчүн, ал эми бул — ${p.ours}`,
  }),
  invitationNotImported: entry({
    en: () => 'it is an invitation; an institution joins with it (join), nobody imports it',
    ru: () => 'это приглашение; по нему присоединяется приглашённое учреждение (join), импортировать его не нужно',
    ky: () => 'бул чакыруу; аны менен чакырылган мекеме кошулат (join), аны импорттоонун кереги жок',
  }),
  newKey: entry<Fp & { name: string }>({
    en: (p) => `${p.name} signed with a new key (fingerprint ${p.fingerprint}); if they replaced their key, confirm it with them by phone and trust it`,
    ru: (p) => `учреждение «${p.name}» подписало пакет новым ключом (отпечаток ${p.fingerprint}); если оно заменило ключ, сверьте отпечаток с ним по телефону и подтвердите ключ`,
    ky: (p) => `«${p.name}» мекемеси жаңы ачкыч менен кол койгон (ачкычтын изи ${p.fingerprint}); эгер ал ачкычын алмаштырган болсо, изин аны менен телефон аркылуу салыштырып, ачкычты ырастаңыз`,
  }),
  unknownSigner: entry<Fp & { name: string }>({
    en: (p) => `key fingerprint ${p.fingerprint}, claiming to be ${p.name}; confirm the fingerprint with them by phone before trusting it`,
    ru: (p) => `отпечаток ключа ${p.fingerprint}, подписант называет себя учреждением «${p.name}»; прежде чем доверять ключу, сверьте отпечаток по телефону с этим учреждением`,
    ky: (p) => `ачкычтын изи ${p.fingerprint}, кол коюучу өзүн «${p.name}» мекемеси деп атайт; ачкычка ишенүүдөн мурун изин аны менен телефон аркылуу салыштырыңыз`,
  }),
  unknownSignerUninvited: entry<Fp>({
    en: (p) => `key fingerprint ${p.fingerprint}, claiming to be an institution not invited to this workspace; confirm the fingerprint with them by phone before trusting it`,
    ru: (p) => `отпечаток ключа ${p.fingerprint}, подписант называет себя учреждением, не приглашённым в эту рабочую область; прежде чем доверять ключу, сверьте отпечаток по телефону с этим учреждением`,
    ky: (p) => `ачкычтын изи ${p.fingerprint}, кол коюучу өзүн бул иш мейкиндигине чакырылбаган мекеме деп атайт; ачкычка ишенүүдөн мурун изин аны менен телефон аркылуу салыштырыңыз`,
  }),
  keyNotBound: entry({
    en: () => 'the enclosed key is not the key bound here under its id',
    ru: () => 'приложенный ключ не совпадает с ключом, привязанным здесь под его идентификатором',
    ky: () => 'тиркелген ачкыч бул жерде анын идентификатору менен байланган ачкыч эмес',
  }),
  keyRevokedOn: entry<Dated>({
    en: (p) => `key ${p.fingerprint} was revoked on ${p.date}`,
    ru: (p) => `ключ ${p.fingerprint} отозван ${p.date}`,
    ky: (p) => `${p.fingerprint} ачкычы ${p.date} кайтарылып алынган`,
  }),
  keyReplacedOn: entry<Dated>({
    en: (p) => `key ${p.fingerprint} was replaced on ${p.date}`,
    ru: (p) => `ключ ${p.fingerprint} заменён ${p.date}`,
    ky: (p) => `${p.fingerprint} ачкычы ${p.date} алмаштырылган`,
  }),
  otherInstitutionsKey: entry({
    en: () => 'the bundle names another institution than the one its key belongs to',
    ru: () => 'пакет называет не то учреждение, которому принадлежит его ключ',
    ky: () => 'пакет ачкычы таандык болгон мекемени эмес, башка мекемени атайт',
  }),
  drafterTakesFromCoordinator: entry({
    en: () => 'a drafting institution takes bundles only from its coordinator',
    ru: () => 'учреждение-исполнитель принимает пакеты только от своего координатора',
    ky: () => 'аткаруучу мекеме пакеттерди өз координаторунан гана кабыл алат',
  }),
  coordinatorTakesFromDrafters: entry({
    en: () => 'only drafting institutions send bundles to the coordinator',
    ru: () => 'пакеты координатору присылают только учреждения-исполнители',
    ky: () => 'координаторго пакеттерди аткаруучу мекемелер гана жөнөтөт',
  }),
  institutionNamedOtherwise: entry<{ claimed: string; name: string }>({
    en: (p) => `the bundle calls its institution "${p.claimed}", bound here as ${p.name}`,
    ru: (p) => `пакет называет своё учреждение «${p.claimed}», а здесь оно привязано как «${p.name}»`,
    ky: (p) => `пакет өз мекемесин «${p.claimed}» деп атайт, ал эми бул жерде ал «${p.name}» катары байланган`,
  }),
  ownKeyMismatch: entry({
    en: () => 'the enclosed key is not the key of this workspace under its id',
    ru: () => 'приложенный ключ не совпадает с ключом этой рабочей области под его идентификатором',
    ky: () => 'тиркелген ачкыч бул иш мейкиндигинин ошол идентификатордогу ачкычы эмес',
  }),
  ownKeyReplaced: entry<Dated>({
    en: (p) => `this workspace signed it with its key ${p.fingerprint}, replaced on ${p.date}; a replaced key's bundles are not taken`,
    ru: (p) => `эта рабочая область подписала его своим ключом ${p.fingerprint}, заменённым ${p.date}; пакеты заменённого ключа не принимаются`,
    ky: (p) => `бул иш мейкиндиги ага ${p.date} алмаштырылган ${p.fingerprint} ачкычы менен кол койгон; алмаштырылган ачкычтын пакеттери кабыл алынбайт`,
  }),
  ownInvitation: entry({
    en: () => 'this workspace signed it itself: an invitation is for the institution it invites',
    ru: () => 'эта рабочая область подписала его сама: приглашение предназначено для приглашённого учреждения',
    ky: () => 'бул иш мейкиндиги ага өзү кол койгон: чакыруу чакырылган мекеме үчүн',
  }),
  ownKeyOtherInstitution: entry({
    en: () => 'it is signed with this workspace\'s key but names another institution',
    ru: () => 'он подписан ключом этой рабочей области, но называет другое учреждение',
    ky: () => 'ага бул иш мейкиндигинин ачкычы менен кол коюлган, бирок ал башка мекемени атайт',
  }),
  headerDisagrees: entry({
    en: () => 'the signed header disagrees with the trusted comment',
    ru: () => 'подписанный заголовок расходится с доверенным комментарием подписи',
    ky: () => 'кол коюлган баш бөлүк кол тамганын ишенимдүү комментарийине дал келбейт',
  }),
  invitesAnother: entry<{ invited: string; name: string }>({
    en: (p) => `it invites ${p.invited}; this workspace drafts for ${p.name}`,
    ru: (p) => `оно приглашает учреждение «${p.invited}», а эта рабочая область готовит ответы за учреждение «${p.name}»`,
    ky: (p) => `ал «${p.invited}» мекемесин чакырат, ал эми бул иш мейкиндиги «${p.name}» мекемеси үчүн жооп даярдайт`,
  }),
  invitesAnotherNoSelf: entry<{ invited: string }>({
    en: (p) => `it invites ${p.invited}; this workspace drafts for no institution yet`,
    ru: (p) => `оно приглашает учреждение «${p.invited}», а эта рабочая область пока не готовит ответы ни за одно учреждение`,
    ky: (p) => `ал «${p.invited}» мекемесин чакырат, ал эми бул иш мейкиндиги азырынча эч бир мекеме үчүн жооп даярдабайт`,
  }),
  revisionTwice: entry<Rev>({
    en: (p) => `revision ${p.revision} appears twice`,
    ru: (p) => `версия ${p.revision} встречается дважды`,
    ky: (p) => `${p.revision} версиясы эки жолу кездешет`,
  }),
  headMissing: entry<{ ref: string }>({
    en: (p) => `the head of answer ${p.ref} is not among its revisions`,
    ru: (p) => `последней версии ответа ${p.ref} нет среди его версий`,
    ky: (p) => `${p.ref} жообунун акыркы версиясы анын версияларынын арасында жок`,
  }),
  authorMismatch: entry<Rev & { ref: string; author: string; name: string }>({
    en: (p) => `revision ${p.revision} of ${p.ref} claims to be written by "${p.author}", but ${p.name} signed the bundle`,
    ru: (p) => `версия ${p.revision} ответа ${p.ref} выдаёт себя за написанную «${p.author}», но пакет подписало учреждение «${p.name}»`,
    ky: (p) => `${p.ref} жообунун ${p.revision} версиясы «${p.author}» тарабынан жазылган деп айтылат, бирок пакетке «${p.name}» мекемеси кол койгон`,
  }),
  // An invitation to join with (join.ts).
  answersNotInvitation: entry({
    en: () => 'this is an answer bundle, not an invitation',
    ru: () => 'это пакет ответов, а не приглашение',
    ky: () => 'бул чакыруу эмес, жооптор пакети',
  }),
  onlyCoordinatorInvites: entry({
    en: () => 'only a coordinating ministry invites',
    ru: () => 'приглашать может только координирующее министерство',
    ky: () => 'координациялоочу министрлик гана чакыра алат',
  }),
  invitesCoordinator: entry({
    en: () => 'the invitation is addressed to the coordinator itself',
    ru: () => 'приглашение адресовано самому координатору',
    ky: () => 'чакыруу координатордун өзүнө жөнөтүлгөн',
  }),
  // The payload (payload.ts, payload-lines.ts, import.ts).
  inflatesTooMuch: entry<{ max: number }>({
    en: (p) => `it inflates to more than ${p.max} MB`,
    ru: (p) => `в распакованном виде он больше ${num(p.max, 'ru')} МБ`,
    ky: (p) => `ачылганда ал ${num(p.max, 'ky')} МБдан чоң`,
  }),
  notGzip: entry({
    en: () => 'the payload is not gzip data',
    ru: () => 'содержимое пакета не является данными gzip',
    ky: () => 'пакеттин мазмуну gzip маалыматы эмес',
  }),
  olderFormat: entry<{ version: number }>({
    en: (p) => `it was made by an older Treaty Desk (bundle format ${p.version}); ask the sender to update and send it again`,
    ru: (p) => `он создан более старой версией Treaty Desk (формат пакета ${num(p.version, 'ru')}); попросите отправителя обновить программу и прислать пакет заново`,
    ky: (p) => `ал Treaty Desk программасынын эски версиясында түзүлгөн (пакеттин форматы ${num(p.version, 'ky')}); жөнөтүүчүдөн программаны жаңыртып, пакетти кайра жөнөтүүнү сураныңыз`,
  }),
  newerFormat: entry<{ version: number }>({
    en: (p) => `it was made by a newer Treaty Desk (bundle format ${p.version}); update this app to read it`,
    ru: (p) => `он создан более новой версией Treaty Desk (формат пакета ${num(p.version, 'ru')}); чтобы прочитать его, обновите это приложение`,
    ky: (p) => `ал Treaty Desk программасынын жаңыраак версиясында түзүлгөн (пакеттин форматы ${num(p.version, 'ky')}); аны окуу үчүн бул программаны жаңыртыңыз`,
  }),
  chunkLineMissing: entry<{ index: number; lines: number }>({
    en: (p) => `revisions.${p.index}.blocks names a chunk line the payload does not have (it has ${p.lines})`,
    ru: (p) => `revisions.${p.index}.blocks ссылается на строку фрагмента, которой в содержимом нет (всего в нём ${ruPlural(p.lines, 'строка', 'строки', 'строк')})`,
    ky: (p) => `revisions.${p.index}.blocks мазмунда жок фрагмент сабына шилтеме кылат (анда ${num(p.lines, 'ky')})`,
  }),
  payloadNotUtf8: entry({
    en: () => 'the payload is not valid UTF-8',
    ru: () => 'содержимое пакета не в корректной кодировке UTF-8',
    ky: () => 'пакеттин мазмуну туура UTF-8 коддоосунда эмес',
  }),
  payloadNotJson: entry({
    en: () => 'the payload is not valid JSON',
    ru: () => 'содержимое пакета не является корректным JSON',
    ky: () => 'пакеттин мазмуну туура JSON эмес',
  }),
  repeatsKey: entry<{ key: string }>({
    en: (p) => `the payload repeats the key "${p.key}" in one object`,
    ru: (p) => `в содержимом пакета ключ «${p.key}» повторяется в одном объекте`,
    ky: (p) => `пакеттин мазмунунда «${p.key}» ачкычы бир объектте кайталанат`,
  }),
  nestedTooDeep: entry<{ depth: number }>({
    en: (p) => `the payload is nested more than ${p.depth} levels deep`,
    ru: (p) => `содержимое пакета вложено глубже ${ruPlural(p.depth, 'уровня', 'уровней', 'уровней')}`,
    ky: (p) => `пакеттин мазмунунун уюштурулушу ${num(p.depth, 'ky')} деңгээлден терең`,
  }),
  chunkLineCount: entry<{ lines: number; count: number }>({
    en: (p) => `the payload has ${p.lines} chunk lines, its header says ${p.count}`,
    ru: (p) => `в содержимом пакета строк фрагментов — ${num(p.lines, 'ru')}, а в его заголовке указано ${num(p.count, 'ru')}`,
    ky: (p) => `пакеттин мазмунунда ${num(p.lines, 'ky')} фрагмент сабы бар, ал эми анын башында ${num(p.count, 'ky')} деп жазылган`,
  }),
  chunkLineNotJson: entry<{ line: number }>({
    en: (p) => `chunk line ${p.line} is not valid JSON`,
    ru: (p) => `строка фрагмента ${num(p.line, 'ru')} не является корректным JSON`,
    ky: (p) => `${num(p.line, 'ky')}-фрагмент сабы туура JSON эмес`,
  }),
  chunkTwice: entry<{ chunk: string }>({
    en: (p) => `chunk ${p.chunk} appears twice`,
    ru: (p) => `фрагмент ${p.chunk} встречается дважды`,
    ky: (p) => `${p.chunk} фрагменти эки жолу кездешет`,
  }),
  // `why` names the answer's refusal (answer-refusals.ts); its values come along.
  answerRefused: entry<{ ref: string; why: string }>({
    en: (p) => `answer ${p.ref}: ${answerText(p, 'en')}`,
    ru: (p) => `ответ ${p.ref}: ${answerText(p, 'ru')}`,
    ky: (p) => `${p.ref} жообу: ${answerText(p, 'ky')}`,
  }),
  // The list of issues an invitation carries (snapshot.ts).
  treeBroken: entry<{ ref: string }>({
    en: (p) => `the question tree is broken at "${p.ref}"`,
    ru: (p) => `дерево вопросов нарушено в узле «${p.ref}»`,
    ky: (p) => `суроолордун дарагы «${p.ref}» түйүнүндө бузулган`,
  }),
  noParagraphs: entry({
    en: () => 'the list of issues has no paragraphs',
    ru: () => 'в перечне вопросов нет пунктов',
    ky: () => 'маселелердин тизмесинде пункттар жок',
  }),
  footnoteMissingParagraph: entry<{ ref: string }>({
    en: (p) => `a footnote points at a missing paragraph "${p.ref}"`,
    ru: (p) => `сноска ссылается на отсутствующий пункт «${p.ref}»`,
    ky: (p) => `шилтеме жок «${p.ref}» пунктуна шилтеме кылат`,
  }),
};

export type BundleRefusalDetail = keyof typeof details;

const prefix = (reason: unknown, lang: Lang): string =>
  Object.hasOwn(PREFIX, String(reason))
    ? PREFIX[reason as RejectionReason][lang]
    : { en: `The bundle was refused (${reason})`, ru: `Пакет отклонён (${reason})`, ky: `Пакет четке кагылды (${reason})` }[lang];

const detailText = (p: Values, lang: Lang) => named(details, p.detail, p, lang);

type Refused = { reason: string; detail: string };

export const bundleRefusalMessages = {
  ...details,
  /** The whole refusal: the reason's line, then the detail named by `detail` with its values. */
  refused: entry<Refused>({
    en: (p) => `${prefix(p.reason, 'en')}: ${detailText(p, 'en')}.`,
    ru: (p) => `${prefix(p.reason, 'ru')}: ${detailText(p, 'ru')}.`,
    ky: (p) => `${prefix(p.reason, 'ky')}: ${detailText(p, 'ky')}.`,
  }),
  /** The whole refusal with a detail in another's words (a library's, the schema's), kept as it is. */
  refusedSaying: entry<{ reason: string; said: string }>({
    en: (p) => `${prefix(p.reason, 'en')}: ${p.said}.`,
    ru: (p) => `${prefix(p.reason, 'ru')}: ${p.said}.`,
    ky: (p) => `${prefix(p.reason, 'ky')}: ${p.said}.`,
  }),
};
