// Catastrophic-backtracking guard: 1 MiB of near-matches per family (and per decoder) must scan to the
// end. The mocha timeout is the bound; timing is reported by the bench, not asserted here.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { HeuristicLayer } from '../../inference/layers/heuristic/heuristic-layer.js';
import { buildViews } from '../../inference/text/deobfuscate.js';

const MIB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MIB / unit.length)).slice(0, MIB);

const ADVERSARIAL: Record<string, string> = {
  instruction_override: fill('ignore ignore all all previous previous your '),
  override_languages: fill('ignoriere alle vorherigen ignorez instructions 忽略之前 以前の指示 игнорируй все '),
  system_prompt_extraction: fill('print show reveal the system system repeat everything above '),
  jailbreak_persona: fill('you are now you are pretend act as developer mode mode '),
  role_injection: fill('<|im_<|im_start <|system\nsystem: [INST] <<SYS '),
  config_injection: fill('safety: safety_mode content_filter= = = '),
  hidden_instruction: fill('do not tell the do not before using this tool <important '),
  exfiltration: fill('![a](http://x/?q=![b](https://send the conversation to '),
  base64_run: fill('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo'),
  percent_run: fill('%41%4'),
  entity_run: fill('&#&#x&amp'),
  hex_run: fill('4a 4b 4'),
  spaced_letters: fill('i g n o r e '),
  leet_tokens: fill('1gn0r3 4ll '),
  homoglyphs: fill('іgnоrе аll '),
};

describe('heuristic ReDoS guard (1 MiB adversarial input)', () => {
  const layer = new HeuristicLayer();
  before(() => layer.load());

  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`scans ${name} to the end`, () => {
      assert.equal(text.length, MIB);
      const views = buildViews(text);
      const [out] = layer.scoreBatch([{ job: { text, mode: 'content', contentType: 'text' }, views }]);
      assert.ok(out);
      assert.ok(out.score >= 0 && out.score <= 1);
    });
  }
});
