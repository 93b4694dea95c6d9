import * as assert from 'node:assert/strict';
import { parseSnippet, snippetToSource, snippetToText } from '../../src/journal/text/snippet';

const text = (source: string): string => snippetToText(parseSnippet(source));
const roundTrip = (source: string): string => snippetToSource(parseSnippet(source));

describe('snippet syntax', () => {
  it('leaves placeholders\' text, the first choice, and nothing for bare tab stops', () => {
    assert.equal(text('a ${1:first} b ${2|x,y|} c $3 d ${4} e$0'), 'a first b x c  d  e');
  });

  it('nests placeholders', () => {
    assert.equal(text('${1:owner: ${2:who}}'), 'owner: who');
  });

  it('mirrors a field\'s default into its bare copies, before or after it', () => {
    assert.equal(text('tags: [$6]\n${6|management,leadership|} and $6'), 'tags: [management]\nmanagement and management');
    assert.equal(text('$1 then ${1:name}'), 'name then name');
  });

  it('reads escapes, and keeps a $ that starts no tab stop as text', () => {
    assert.equal(text('costs \\$500 \\} \\\\ and $HOME and ${TM_FILENAME} and ${1:a\\}b}'), 'costs $500 } \\ and $HOME and ${TM_FILENAME} and a}b');
    assert.equal(text('${1|a\\,b,c\\|d|}'), 'a,b');
    assert.equal(text('unclosed ${1:oops'), 'unclosed ${1:oops');
  });

  it('writes back snippet source that reads the same', () => {
    for (const source of ['a ${1:first} ${2|x,y|} $3 $0', 'costs \\$5 and $HOME {x}', '${1|a\\,b,c|} ${2:${3:in}}', 'unclosed ${1:oops']) {
      const again = roundTrip(source);
      assert.equal(text(again), text(source), source);
      assert.deepEqual(parseSnippet(again), parseSnippet(roundTrip(again)), source);
    }
    assert.equal(roundTrip('$HOME costs $5'), '\\$HOME costs ${5}');
  });
});
