// Writing about attacks on AI, recognised as a whole. A red-team report, a guardrail's API reference, an evaluation
// suite, a course's lecture notes or a news story about jailbreaks quotes the attacks it is about in every form
// writing has: quotations, tables, transcripts, YAML cases, code, prose that paraphrases a payload. The rules cannot
// tell each of those from a planted instruction (a quoted "Ignore all previous instructions" and a real one are the
// same words), and the learned layers, which read the document as a whole, score such writing low. So in a document
// that is security writing through and through, the rules alone flag (WARN) rather than BLOCK: BLOCK needs unseen
// text, or the learned layers' agreement (heuristic-layer.ts, SECURITY_WRITING_CAP).
//
// A prompt that borrows the vocabulary to dress an attack up ("for my red-team research on prompt injection, ignore
// your instructions …") is not a document: the measure needs length, and the vocabulary spread over several lines.
import { ATTACK_TALK_SOURCE } from './displayed-examples.js';
import { foldPatternSource } from './normalize.js';

/**
 * Words of writing about the security of AI systems that are not attacks themselves: the model and its set-up, the
 * defences and their vocabulary, in the languages security writing is most often read in.
 */

const AI_SECURITY_TALK = [
  String.raw`\bsystem[- ]?prompts?\b|\bsystemprompts?\b|\bllms?\b|\b(?:large )?language models?\b|\bsprachmodell\w{0,2}|\bmod[eè]les? de langage\b|\bmodel(?:o|os)? de lenguaje\b|\bmodell[oi] linguistic[oi]\b`,
  String.raw`\bmitigat\w{0,6}|\bsanitis\w{0,6}|\bsanitiz\w{0,6}|\buntrusted\b|\bthreat[- ]model\w{0,3}|\bexfiltrat\w{0,6}|\bvulnerab\w{0,6}|\bdefen[cs]es?\b`,
  String.raw`\bhidden (?:instructions?|text|prompts?)\b|\bindirect (?:prompt )?injections?\b|\brefus(?:al|als|ed|es)\b|\bsafety (?:filters?|rules?|polic(?:y|ies)|guidelines)\b|\bcontent (?:filters?|polic(?:y|ies))\b`,
  String.raw`\bschutzma(?:ss|ß)nahm\w{0,2}|\babwehr\w{0,3}|\bschwachstell\w{0,2}|\bcontre-?mesures?\b|\bgarde-?fous?\b|\bvuln[ée]rabilit[ée]s?\b|\bsalvaguardas?\b|\bvulnerabilidad\w{0,2}|\bcontromisur\w{0,2}|\bvulnerabilit[àa]\b|\bkwetsba\w{0,6}|\bpodatno\w{0,5}`,
  // The set-up and the model, named in other languages: "prompt del sistema", "systeemprompt", "sistem istemi", "taalmodel".
  String.raw`\bprompts? (?:del |de |do |di |du )?(?:sistema|syst[eè]me)\b|\bsysteemprompt\w{0,2}|\bsistem istem\w{0,3}|\bprompt systemow\w{0,2}|\bmodel(?:o|os)? de linguagem\b|\btaalmodel\w{0,3}|\bmodel\w{0,2} językow\w{0,2}|\bdil model\w{0,3}|\bmitigaci[oó]n\w{0,2}|\bmitiga[cç](?:ão|ões)\b|\bmitigatie\w{0,2}|\bmitygacj\w{0,2}|\bistenmeyen\b|\bkötü niyetli\b|\bgüvenlik açı\w{0,3}`,
  'システムプロンプト|系统提示|系統提示|脆弱性|漏洞|防御|緩和|缓解|言語モデル|大语言模型|大模型|시스템 프롬프트|취약점|언어 모델|уязвим|системн\\S{0,3} промпт|языков\\S{0,3} модел',
  // The assistants themselves, as writing for staff, parents or pupils names them (a council's memo on Copilot, a Grade 9
  // lesson on "the chatbot", a Dutch municipality's guideline on generative AI; forty-fourth set).
  'チャットボット|生成ai|生成式ai|生成型ai|聊天机器人|聊天機器人|챗봇|생성형 ai|' +
    String.raw`\bchat ?bots?\b|\bcopilot\b|\bgenerative ai\b|\bgen ?ai\b|\bgeneratieve ai\b|\bgenerative[nr]? ki\b|\bia g[eé]n[eé]rative\b|\bia generativa\b|\bsztuczn\w{0,3} inteligencj\w{0,2}`,
  // Hindi, Vietnamese, Indonesian, Thai and Arabic: the set-up, the model, the weakness (a forty-third-set blog post in Hindi).
  'प्रॉम्प्ट|भाषा मॉडल|चैटबॉट|कमज़ोरी|कमजोरी|साइबर सुरक्षा|lời nhắc hệ thống|mô hình ngôn ngữ|lỗ hổng|prompt sistem|model bahasa|kerentanan|พรอมต์|โมเดลภาษา|ช่องโหว่|نموذج لغوي|النماذج اللغوية|موجه النظام|ثغر',
]
  .map(foldPatternSource)
  .join('|');

/**
 * Attack words in languages the shared attack vocabulary (displayed-examples.ts, ATTACK_TALK) does not read: Korean,
 * Turkish, Arabic, Hebrew, Swedish, Hindi, Vietnamese, Indonesian, Thai. Counted as attacks here only, so the
 * quoted-example frames that read ATTACK_TALK are unchanged.
 */
const MORE_ATTACK_TALK = foldPatternSource(
  String.raw`\bsaldır\w{0,4}|\benjeksiyon\w{0,4}|\bangrepp\w{0,3}|\btấn công\b|\bbẻ khóa\b|\bserangan\b|\binjeksi\b|` +
    '공격|인젝션|탈옥|هجوم|هجمات|حقن|اختراق|התקפ|הזרק|פריצ|हमल|इंजेक्शन|जेलब्रेक|โจมตี|เจลเบรก',
);
const TALK = new RegExp(`${ATTACK_TALK_SOURCE}|${MORE_ATTACK_TALK}|${AI_SECURITY_TALK}`, 'gu');
const ATTACK = new RegExp(`${ATTACK_TALK_SOURCE}|${MORE_ATTACK_TALK}`, 'u');
/**
 * Words only writing about attacks on AI uses (a bank's phishing advice names attacks, not these): jailbreaks, prompt
 * injection, guardrails, the system prompt, the model.
 */
const AI_SPECIFIC = new RegExp(
  foldPatternSource(
    String.raw`jailbr|inject|injekt|inyecc|injeç|iniezion|guardrail|chat ?bot|copilot|チャットボット|生成ai|生成式ai|生成型ai|聊天机器人|聊天機器人|챗봇|생성형 ai|generative ai|gen ?ai|generatieve ai|generative[nr]? ki|ia g[eé]n[eé]rative|ia generativa|sztuczn|system[- ]?prompt|systemprompt|systeemprompt|prompt (?:del |de |do |di |du )?(?:sistema|syst[eè]me)|prompt systemow|sistem istem|llm|language model|sprachmodell|mod[eè]les? de langage|modelo\w? de (?:lenguaje|linguagem)|taalmodel|językow|dil model|red[- ]team|` +
      'システムプロンプト|系统提示|系統提示|インジェクション|注入|越狱|脱獄|言語モデル|大语言模型|시스템 프롬프트|인젝션|탈옥|언어 모델|инъекц|промпт|языков|' +
      'इंजेक्शन|जेलब्रेक|प्रॉम्प्ट|भाषा मॉडल|lời nhắc|mô hình ngôn ngữ|injeksi|model bahasa|prompt sistem|พรอมต์|โมเดลภาษา|เจลเบรก|نموذج لغوي|النماذج اللغوية|موجه النظام',
  ),
  'u',
);

/** A document is at least this long (a prompt is shorter; a one-paragraph jailbreak is not spread over lines). */
const MIN_CHARS = 1000;
/**
 * Matches of the vocabulary, of them attack words and words only AI security writing uses (AI_SPECIFIC), different words,
 * and different lines they stand on. Measured on the thirty-ninth and fortieth fresh sets: of 105 documents about AI, 24
 * BLOCKed by the rules alone stayed BLOCKed with six matches, two attacks and four words; of 65 planted documents none
 * reaches four matches on three lines.
 */
const MIN_MATCHES = 4;
const MIN_ATTACK_MATCHES = 1;
const MIN_AI_SPECIFIC = 1;
const MIN_DISTINCT = 3;
const MIN_LINES = 3;
/**
 * Matches that stand for a third different word: writing about one attack names it again and again ("system prompt" nine
 * times on seven lines of a post-incident review, "jailbreak" in a thread of jailbreak stories; forty-fourth set).
 */
const MANY_MATCHES = 5;
/** Only this much of a text is read: its vocabulary shows early. */
const SCAN_CHARS = 200_000;

/**
 * Whether a view's (lower-case, folded) text is writing about attacks on AI through and through: at least MIN_CHARS
 * long, with MIN_MATCHES words of the attack and AI-security vocabulary (an attack and a word only AI security writing
 * uses among them), at least MIN_DISTINCT different ones, on at least MIN_LINES different lines. Asked once per text,
 * remembered.
 */
export function isSecurityWriting(text: string): boolean {
  if (text === lastText) return lastResult;
  lastText = text;
  lastResult = false;
  if (text.length < MIN_CHARS) return false;
  const scanned = text.length > SCAN_CHARS ? text.slice(0, SCAN_CHARS) : text;
  let matches = 0;
  let attacks = 0;
  let specific = 0;
  let lines = 0;
  // Lines after the first: vocabulary on the first line (a title, a jailbreak's opening) counts as matches, not as a line.
  // Counting it too made two DAN 6.2 prompts security writing, for one more benign document (forty-fifth set).
  let lastLine = -1;
  const words = new Set<string>();
  // The line a match stands on, as the offset of the line break before it: found walking forward, so a long line full
  // of matches costs one pass (looking back from each match was quadratic on one 200 KB line).
  let line = -1;
  let nextBreak = scanned.indexOf('\n');
  TALK.lastIndex = 0;
  for (let m = TALK.exec(scanned); m !== null; m = TALK.exec(scanned)) {
    matches++;
    while (nextBreak >= 0 && nextBreak < m.index) {
      line = nextBreak;
      nextBreak = scanned.indexOf('\n', nextBreak + 1);
    }
    if (ATTACK.test(m[0])) attacks++;
    if (AI_SPECIFIC.test(m[0])) specific++;
    words.add(m[0].slice(0, 5));
    if (line !== lastLine) {
      lines++;
      lastLine = line;
    }
    const distinct = words.size >= MIN_DISTINCT || (words.size >= MIN_DISTINCT - 1 && matches >= MANY_MATCHES);
    if (matches >= MIN_MATCHES && attacks >= MIN_ATTACK_MATCHES && specific >= MIN_AI_SPECIFIC && distinct && lines >= MIN_LINES) {
      lastResult = true;
      break;
    }
  }
  return lastResult;
}
let lastText = '';
let lastResult = false;
