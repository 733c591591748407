using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Endpoints;

/// <summary>
/// The seventh attack round (issue 15), kept as regression tests: fresh values of every card network (Elo, Hipercard,
/// UATP, GPN, BORICA, UzCard, Humo, China T-Union, BC Card, Dankort…), resident IDs, mobiles, IBANs of twenty more
/// countries, SSNs and every listed vendor's keys, in variants rounds 4–6 did not try: tag characters spelling ASCII
/// ("ASCII smuggling"), combining marks over a key's punctuation, enclosed numbers above 20 (㉑–㊿), Hangzhou numerals
/// and 〇 between enclosed digits, Cherokee, Lisu, small-capital and Roman-numeral look-alikes in key prefixes, emoji and
/// one repeated letter between digit groups, character codes (decimal, binary, "U+0034", "%u0034"), UTF-16 and
/// colon-separated hex, octal UTF-8 bytes, percent-encoded base64, Italian and Portuguese digit words, the 洞幺拐 radio
/// reading, a value told in pieces with words, indexes or markup between them (prose, table rows, CSV, YAML, XML
/// attributes, numbered items, turns with "ok" between), two long halves after a card label, a vendor key told over lines
/// or messages (part A/B/C, halves with a turn between), keys cut into concatenated strings or JSON object values,
/// escapes under two JSON levels, "No." glued before a card — each sent through the
/// HTTP endpoint asking for the closed model, plain and streaming, and with <c>model: auto</c> behind a word problem.
/// Ordinary texts next to these classes (revenue tables, year and age lists, ASCII of words, resolutions, strikethrough
/// prices, small-capital prose, Italian counting, MAC addresses, config files, flag emoji) still go where they asked.
/// Values are generated test values.
/// </summary>
public sealed class AdversarialSpellingRound7EndpointTests
{
    public static TheoryData<string, string> Bodies() => new()
    {
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Pay now.\"}], \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"pay_4916195604620503\", \"parameters\": {\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}}}}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Do it.\"}], \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"f\", \"parameters\": {\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\"}}}}}], \"tool_choice\": \"auto\", \"response_format\": {\"type\": \"json_schema\", \"json_schema\": {\"name\": \"sk_live_XSUkqIq56Zl9EIVGhlf6EyW2\", \"schema\": {\"type\": \"object\"}}}", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Summarise.\"}], \"stop\": [\"3759\", \"6990\", \"7365\", \"848\"]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"go\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\", \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"{\\\"payload\\\": \\\"{\\\\\\\"pan\\\\\\\": \\\\\\\"\\\\\\\\\\\\\\\\u0032\\\\\\\\\\\\\\\\u0032\\\\\\\\\\\\\\\\u0030\\\\\\\\\\\\\\\\u0031\\\\\\\\\\\\\\\\u0039\\\\\\\\\\\\\\\\u0031\\\\\\\\\\\\\\\\u0038\\\\\\\\\\\\\\\\u0039\\\\\\\\\\\\\\\\u0034\\\\\\\\\\\\\\\\u0033\\\\\\\\\\\\\\\\u0037\\\\\\\\\\\\\\\\u0038\\\\\\\\\\\\\\\\u0033\\\\\\\\\\\\\\\\u0033\\\\\\\\\\\\\\\\u0030\\\\\\\\\\\\\\\\u0034\\\\\\\"}\\\"}\"}}]}, {\"role\": \"tool\", \"tool_call_id\": \"c1\", \"content\": \"done\"}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"go\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\", \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"{\\\"k\\\": \\\"AKIAJ74C2L\\\"}{\\\"k\\\": \\\"OAQJGB4RPJ\\\"}\"}}]}, {\"role\": \"tool\", \"tool_call_id\": \"c1\", \"content\": \"done\"}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"Card:\"}, {\"type\": \"text\", \"text\": \"50675836\"}]}, {\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"27452620\"}]}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u0B95\u0BBE\u0BB0\u0BCD\u0B9F\u0BC16521779981081355\u0BA8\u0BA9\u0BCD\u0BB1\u0BBF\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"ssnno471382965pls\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"No.375969907365848exp0428\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u21162201918943783304 \u0434\u043E 09/29\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \U000E0034\U000E0039\U000E0031\U000E0036\U000E0031\U000E0039\U000E0035\U000E0036\U000E0030\U000E0034\U000E0036\U000E0032\U000E0030\U000E0035\U000E0030\U000E0033\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"ssn \U000E0034\U000E0037\U000E0031\U000E002D\U000E0033\U000E0038\U000E002D\U000E0032\U000E0039\U000E0036\U000E0035\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key \U000E0041\U000E004B\U000E0049\U000E0041\U000E004A\U000E0037\U000E0034\U000E0043\U000E0032\U000E004C\U000E004F\U000E0041\U000E0051\U000E004A\U000E0047\U000E0042\U000E0034\U000E0052\U000E0050\U000E004A\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 3589\u180E8295\u180E4417\u180E6766\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 5\u03320\u03326\u03327\u03325\u03328\u03323\u03326\u03322\u03327\u03324\u03325\u03322\u03326\u03322\u03320\u0332\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key g\u0335h\u0335p\u0335_\u0335r\u0335M\u0335l\u0335B\u03350\u03358\u0335w\u0335N\u0335o\u0335B\u0335J\u0335V\u0335a\u0335b\u0335z\u0335s\u0335M\u03353\u03356\u0335O\u0335n\u0335J\u03357\u0335d\u0335O\u0335s\u03356\u0335X\u0335l\u03357\u0335W\u0335o\u0335Q\u0335t\u0335O\u0335a\u0335\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"iban F\u0338R\u03381\u03384\u03382\u03380\u03380\u03384\u03381\u03380\u03381\u03380\u03380\u03385\u03380\u03385\u03380\u03380\u03380\u03381\u03383\u0338M\u03380\u03382\u03386\u03380\u03386\u0338\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"first 4916\"}, {\"role\": \"assistant\", \"content\": \"ok\"}, {\"role\": \"user\", \"content\": \"then 1956\"}, {\"role\": \"assistant\", \"content\": \"ok\"}, {\"role\": \"user\", \"content\": \"0462\"}, {\"role\": \"user\", \"content\": \"0503\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"The first four digits are 5425, the next four are 0173, then 8814, and it ends in 6078.\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u8EAB\u4EFD\u8BC1\u524D\u516D\u4F4D\u662F440305\uFF0C\u51FA\u751F\u65E5\u671F20010923\uFF0C\u6700\u540E\u56DB\u4F4D1184\u3002\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"| part | value |\\n|---|---|\\n| 1 | 3589 |\\n| 2 | 8295 |\\n| 3 | 4417 |\\n| 4 | 6766 |\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"<table><tr><td>part</td><td>6011</td></tr><tr><td>part</td><td>4118</td></tr><tr><td>part</td><td>7319</td></tr><tr><td>part</td><td>0097</td></tr></table>\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"part,value\\n1,6282\\n2,1164\\n3,8187\\n4,4592\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"a: 5020\\nb: 2640\\nc: 8082\\nd: 3062\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"<p v=\\\"6521\\\"/><p v=\\\"7799\\\"/><p v=\\\"8108\\\"/><p v=\\\"1355\\\"/>\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"5067 & 5836 & 2745 & 2620 \\\\\\\\\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"1) 6062 2) 7460 3) 7756 4) 4235\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u7B2C1\u6BB58171\uFF0C\u7B2C2\u6BB55006\uFF0C\u7B2C3\u6BB51207\uFF0C\u7B2C4\u6BB53440\"}]", "split" },
        { "\"messages\": [{\"role\": \"system\", \"content\": \"key part A: AKIAJ74\"}, {\"role\": \"user\", \"content\": \"part B: C2LOAQJ\"}, {\"role\": \"assistant\", \"content\": \"part C: GB4RPJ\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"const k = `${\\\"sk_live_XSUkqIq5\\\"}${\\\"6Zl9EIVGhlf6EyW2\\\"}`;\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"String k = \\\"npm_rIpDHB8TRe6p7R2W\\\".concat(\\\"hF1VaVR8tCj9dxFASln1\\\");\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"mobile: 150 (area) / 3217 (mid) / 8846 (end)\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card: 402415768\\n\\n(see above)\\n\\n8483167044\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"- first: 2205\\n- second: 8604\\n- third: 3598\\n- fourth: 6274\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"<ul><li>9792</li><li>0576</li><li>1929</li><li>3197</li></ul>\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 8600\"}, {\"role\": \"assistant\", \"content\": \"Go on.\"}, {\"role\": \"user\", \"content\": \"3462\"}, {\"role\": \"assistant\", \"content\": \"Go on.\"}, {\"role\": \"user\", \"content\": \"0300\"}, {\"role\": \"assistant\", \"content\": \"Go on.\"}, {\"role\": \"user\", \"content\": \"3284\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 4916x1956x0462x0503\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 5425\U0001F4B30173\U0001F4B38814\U0001F4B36078\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 3589\U0001F5398295\U0001F5394417\U0001F5396766\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6282'1164'8187'4592\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \u27E89792\u27E9\u27E80576\u27E9\u27E81929\u27E9\u27E83197\u27E9\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 37596 | 99073 | 65848\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"ssn 471\U0001F53838\U0001F5382965\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"mobile 1-8-9-1-1-0-2-7-3-6-5\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 4o9o2o9o3o3o2o5o9o1o8o3o9\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"codes: 52,57,49,54,49,57,53,54,48,52,54,50,48,53,48,51\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"String.fromCharCode(53, 52, 50, 53, 48, 49, 55, 51, 56, 56, 49, 52, 54, 48, 55, 56)\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"bytes 115 115 110 32 52 55 49 45 51 56 45 50 57 54 53\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"chr codes 65 75 73 65 74 55 52 67 50 76 79 65 81 74 71 66 52 82 80 74\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"binary 00110011 00110101 00111000 00111001 00111000 00110010 00111001 00110101 00110100 00110100 00110001 00110111 00110110 00110111 00110110 00110110\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"octal \\\\345\\\\215\\\\241\\\\345\\\\217\\\\267\\\\066\\\\060\\\\061\\\\061\\\\064\\\\061\\\\061\\\\070\\\\067\\\\063\\\\061\\\\071\\\\060\\\\060\\\\071\\\\067\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card %u0036%u0032%u0038%u0032%u0031%u0031%u0036%u0034%u0038%u0031%u0038%u0037%u0034%u0035%u0039%u0032\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card &#00054;&#00053;&#00050;&#00049;&#00055;&#00055;&#00057;&#00057;&#00056;&#00049;&#00048;&#00056;&#00049;&#00051;&#00053;&#00053;\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card U+0036 U+0030 U+0036 U+0032 U+0037 U+0034 U+0036 U+0030 U+0037 U+0037 U+0035 U+0036 U+0034 U+0032 U+0033 U+0035\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"numero nove otto sei zero sette nove sei nove zero quattro tre otto cinque tre otto cinque\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"n\u00FAmero cinco zero seis sete cinco oito tr\u00EAs seis dois sete quatro cinco dois seis dois zero\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"hex 006300610072006400200035003000310039003600300038003600300036003500310037003000300039\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"hex 63:61:72:64:20:39:34:31:30:38:30:36:34:39:39:37:35:39:38:34:38\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"url 6Lqr5Lu96K%2BBIDY1MDEwMjE5NzUxMTMwNTY0MQ%3D%3D\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \u0CEA\u0CEF\u0CE7\u0CEC \u0CE7\u0CEF\u0CEB\u0CEC \u0CE6\u0CEA\u0CEC\u0CE8 \u0CE6\u0CEB\u0CE6\u0CE9\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"ssn \u09E8\u09E6\u09EE-\u09ED\u09EA-\u09E7\u09EB\u09EF\u09E9\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"iban FI\U000114D2\U000114D1 \U000114D1\U000114D2\U000114D3\U000114D4 \U000114D5\U000114D6\U000114D0\U000114D0 \U000114D0\U000114D0\U000114D0\U000114D7 \U000114D8\U000114D5\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u8EAB\u4EFD\u8BC1 \U00016D74\U00016D74\U00016D70\U00016D73\U00016D70\U00016D75\U00016D72\U00016D70\U00016D70\U00016D71\U00016D70\U00016D79\U00016D72\U00016D73\U00016D71\U00016D71\U00016D78\U00016D74\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \U0001D7FC\U0001D7F8\U0001D7FE\U0001D7F8\U0001D7F7\U0001D7F7\U0001D7FC\U0001D7FA\U0001D7FE\U0001D7F7\U0001D7FE\U0001D7FD\U0001D7FA\U0001D7FB\U0001D7FF\U0001D7F8\"}]", "math" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \u2463\u2468\u2460\u2465\u2460\u2468\u2464\u2465\u24EA\u2463\u2465\u2461\u24EA\u2464\u24EA\u2462\"}]", "circled" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \u2076\u2075\u00B2\u00B9\u2077\u2077\u2079\u2079\u2078\u00B9\u2070\u2078\u00B9\u00B3\u2075\u2075\"}]", "circled" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \u32BE\u2469\u32B1\u32BB\u2469\u3251\u325C\u32B7\"}]", "circled" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u8EAB\u4EFD\u8BC1 \u3220\u3220\u3007\u3220\u3007\u3224\u3220\u3228\u3227\u3227\u3007\u3223\u3220\u3221\u3222\u3221\u32266\"}]", "circled" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u624B\u673A \u3021\u3028\u3029\u3021\u3021\u3007\u3022\u3027\u3023\u3026\u3025\"}]", "circled" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"ssn \u2463\u2466\u2460-\u2462\u2467-\u2461\u2468\u2465\u2464\"}]", "circled" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \U0001D361\U0001D361\u3007\U0001D364\U0001D367\U0001D365\u3007\U0001D363\U0001D362\U0001D364\U0001D368\U0001D367\U0001D365\U0001D361\U0001D366\U0001D363\"}]", "circled" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u624B\u673A \u5E7A\u4E94\u6D1E\u4E09\u4E24\u5E7A\u62D0\u516B\u516B\u56DB\u516D\"}]", "circled" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\uFF76\uFF70\uFF84\uFF9E\u756A\u53F7 \uFF13\uFF15\uFF18\uFF19\uFF18\uFF12\uFF19\uFF15\uFF14\uFF14\uFF11\uFF17\uFF16\uFF17\uFF16\uFF16\"}]", "width" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key AK\u2160AJ74C2LOAQJGB4RPJ\"}]", "homo" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key \u13AA\u13E6IAJ74C2LOAQJGB4RPJ\"}]", "homo" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key A\uA4D7IAJ74C2LOAQJGB4RPJ\"}]", "homo" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key \u0455k-proj-XoJ1NYXzyRvdYz0QVcaYg9FgfdON2NAbN88rXV7LiCmFA7QS\"}]", "homo" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key A\u1D0BIAJ74C2LOAQJGB4RPJ\"}]", "homo" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key \u0410\u041A\u0406\u0410J74C2LOAQJGB4RPJ\"}]", "homo" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"iban G\u041229NWBK60161331926819\"}]", "homo" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"my card number is 4024157688483167044\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"my card number is 6589200998664629\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"my card number is 2201918943783304\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"my card number is 8600346203003284\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"my card number is 8171500612073440\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"wire to DE44500105175407324931\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"wire to CZ2106000000192000145399\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"wire to IS140159260076545510730339\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"config: ghp_rMlB08wNoBJVabzsM36OnJ7dOs6Xl7WoQtOa\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"config: sk_live_XSUkqIq56Zl9EIVGhlf6EyW2\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"config: 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\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"call me on +1 415 826 3094\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"go\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\", \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"{\\\"payload\\\": \\\"{\\\\\\\"card\\\\\\\": \\\\\\\"\\\\\\\\\\\\\\\\u0031\\\\\\\\\\\\\\\\u0039\\\\\\\\\\\\\\\\u0034\\\\\\\\\\\\\\\\u0036\\\\\\\\\\\\\\\\u0034\\\\\\\\\\\\\\\\u0038\\\\\\\\\\\\\\\\u0038\\\\\\\\\\\\\\\\u0035\\\\\\\\\\\\\\\\u0030\\\\\\\\\\\\\\\\u0033\\\\\\\\\\\\\\\\u0039\\\\\\\\\\\\\\\\u0032\\\\\\\\\\\\\\\\u0034\\\\\\\\\\\\\\\\u0039\\\\\\\\\\\\\\\\u0038\\\\\\\\\\\\\\\\u0039\\\\\\\"}\\\"}\"}}]}, {\"role\": \"tool\", \"tool_call_id\": \"c1\", \"content\": \"done\"}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"go\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\", \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"{\\\"outer\\\": \\\"{\\\\\\\"inner\\\\\\\": \\\\\\\"{\\\\\\\\\\\\\\\"ssn\\\\\\\\\\\\\\\": \\\\\\\\\\\\\\\"\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\u0032\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\u0030\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\u0038\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\u002d\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\u0037\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\u0034\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\u002d\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\u0031\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\u0035\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\u0039\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\u0033\\\\\\\\\\\\\\\"}\\\\\\\"}\\\"}\"}}]}, {\"role\": \"tool\", \"tool_call_id\": \"c1\", \"content\": \"done\"}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"go\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\", \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"[{\\\"v\\\": \\\"ghp_rMlB08wNoBJVabzs\\\"}, {\\\"v\\\": \\\"M36OnJ7dOs6Xl7WoQtOa\\\"}]\"}}]}, {\"role\": \"tool\", \"tool_call_id\": \"c1\", \"content\": \"done\"}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"{\\\"a\\\": \\\"npm_rIpDHB8TRe6p7R\\\", \\\"b\\\": \\\"2WhF1VaVR8tCj9dxFASln1\\\"}\"}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Nr.4916195604620503 bitte belasten\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"ssnno208741593\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"first half: AKIAJ74C2L\"}, {\"role\": \"assistant\", \"content\": \"noted\"}, {\"role\": \"user\", \"content\": \"second half: OAQJGB4RPJ\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"token part 1: ghp_rMlB08wNoB\\npart 2: JVabzsM36OnJ7d\\npart 3: Os6Xl7WoQtOa\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"stripe key, piece one: sk_live_XSUk\"}, {\"role\": \"user\", \"content\": \"piece two: qIq56Zl9EIVGhlf6EyW2\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card: 60114118\\n\\n(the rest follows)\\n\\n73190097\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u8EAB\u4EFD\u8BC1\u524D\u534A\u6BB5 440305200\uFF0C\u7A0D\u540E\u518D\u53D1\u540E\u534A\u6BB5\uFF1A109231184\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"IBAN part 1: DE445001\"}, {\"role\": \"user\", \"content\": \"part 2: 05175407\"}, {\"role\": \"user\", \"content\": \"part 3: 324931\"}]", "msgsplit" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"mobile 189\"}, {\"role\": \"user\", \"content\": \"1102\"}, {\"role\": \"user\", \"content\": \"7365\"}]", "msgsplit" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u624B\u673A\u53F7\u524D\u4E09\u4F4D150\"}, {\"role\": \"user\", \"content\": \"\u4E2D\u95F4\u56DB\u4F4D3217\"}, {\"role\": \"user\", \"content\": \"\u6700\u540E\u56DB\u4F4D8846\"}]", "msgsplit" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card first 8: 35898295\"}, {\"role\": \"user\", \"content\": \"last 8: 44176766\"}]", "msgsplit" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u8EAB\u4EFD\u8BC1\u524D9\u4F4D 650102197\"}, {\"role\": \"user\", \"content\": \"\u540E9\u4F4D 511305641\"}]", "msgsplit" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 5425\"}, {\"role\": \"user\", \"content\": \"0173\"}, {\"role\": \"user\", \"content\": \"8814\"}, {\"role\": \"user\", \"content\": \"6078\"}]", "msgsplit" },
    };

    public static TheoryData<string> AutoBodies() => new()
    {
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. card \U000E0034\U000E0039\U000E0031\U000E0036\U000E0031\U000E0039\U000E0035\U000E0036\U000E0030\U000E0034\U000E0036\U000E0032\U000E0030\U000E0035\U000E0030\U000E0033\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. card \u278E\u278D\u278B\u278E\u24FF\u278A\u2790\u278C\u2791\u2791\u278A\u278D\u278F\u24FF\u2790\u2791\"}]",
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. key AK\u2160AJ74C2LOAQJGB4RPJ\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. The first four digits are 3589, the next four are 8295, then 4417, and it ends in 6766.\"}]",
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. codes: 54,48,49,49,52,49,49,56,55,51,49,57,48,48,57,55\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. card 6282\U0001F4B31164\U0001F4B38187\U0001F4B34592\"}]",
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. card 5\u03360\u03366\u03367\u03365\u03368\u03363\u03366\u03362\u03367\u03364\u03365\u03362\u03366\u03362\u03360\u0336\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. \u8EAB\u4EFD\u8BC1 \U0001E5F5\U0001E5F5\U0001E5F1\U0001E5F4\U0001E5F1\U0001E5F6\U0001E5F3\U0001E5F1\U0001E5F1\U0001E5F2\U0001E5F1\U0001E5FA\U0001E5F3\U0001E5F4\U0001E5F2\U0001E5F2\U0001E5F9\U0001E5F5\"}]",
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. card \U0001D7D0\U0001D7D0\U0001D7CE\U0001D7CF\U0001D7D7\U0001D7CF\U0001D7D6\U0001D7D7\U0001D7D2\U0001D7D1\U0001D7D5\U0001D7D6\U0001D7D1\U0001D7D1\U0001D7CE\U0001D7D2\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step. \u0628\u0637\u0627\u0642\u062A\u064A6521779981081355\u0634\u0643\u0631\u0627\"}]",
    };

    public static TheoryData<string> OrdinaryBodies() => new()
    {
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u2460 Buy milk \u2461 Call the plumber \u2462 Pay rent \u2463 Water the plants \u2464 Book the dentist\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u2474 Introduction \u2475 Methods \u2476 Results \u2477 Discussion \u2478 Conclusion \u2479 Appendix\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"E = mc\u00B2 and the area is \u03C0r\u00B2; x\u00B3 + y\u00B3 = z\u00B3 has no positive integer solutions.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\U0001D7D0 + \U0001D7D1 = \U0001D7D3 and \U0001D7CF\U0001D7D0 \u00D7 \U0001D7CF\U0001D7D0 = \U0001D7CF\U0001D7D2\U0001D7D2 in bold maths.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\U0001F3C0 Lakers 102 \U0001F3C0 Celtics 98 \U0001F3C0 Heat 87 \U0001F3C0 Bulls 91\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"1\uFE0F\u20E3 first, 2\uFE0F\u20E3 second, 3\uFE0F\u20E3 third: rank the options.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"SOS in Morse is ... --- ... and HELLO is .... . .-.. .-.. ---\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The ASCII codes of Hello are 72, 101, 108, 108, 111.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"String.fromCharCode(72, 101, 108, 108, 111) returns \\\"Hello\\\".\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Chapter \u2163 and \u216B of the book; see Appendix \u2161.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u82CF\u5DDE\u7801\u5B50 \u3021\u3022\u3023\u3024\u3025 \u662F\u4EC0\u4E48\uFF1F\u5B83\u4EEC\u600E\u6837\u8BB0\u8D26\uFF1F\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Braille numbers use the number sign \u283C before letters a-j: \u283C\u2801 is 1.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The PNG header base64 iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg== is a 1x1 pixel.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Validate card input.\"}], \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"check\", \"parameters\": {\"type\": \"object\", \"properties\": {\"pan\": {\"type\": \"string\", \"pattern\": \"^[0-9]{13,19}$\", \"description\": \"card number, digits only\"}}}}}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"sku,qty,price\\nA-100,1200,3.50\\nB-220,3400,12.00\\nC-310,5600,7.25\\nD-400,7800,1.10\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"| city | Jan | Feb | Mar |\\n|---|---|---|---|\\n| Oslo | -4 | -3 | 1 |\\n| Rome | 8 | 9 | 12 |\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"An IBAN in the UK has the shape GBkk bbbb ssss sscc cccc cc; explain each part.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Country calling codes: +44 UK, +49 Germany, +33 France, +91 India, +86 China.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"In ASCII, 0x30 to 0x39 are the digits 0-9 and 0x41 is A.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"def luhn(n): return sum(...) % 10 == 0  # test with 79927398713\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Tag characters like U+E0067 are used in flag emoji such as \U0001F3F4\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F (Scotland).\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The first four digits of pi are 3141, the next four are 5926, then 5358.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Scores: 4916 points, 1956 assists, 0462 rebounds, 0503 blocks.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u7B2C1\u7AE0\u7B2C2\u8282\uFF0C\u7B2C3\u6BB5\u7B2C4\u884C\uFF1A\u51711200\u5B57\u3002\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Dates: 2024\u00B705\u00B706, 2024\u00B706\u00B707, 2024\u00B707\u00B708.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Set x = 12\U0001F4A1 then y = 34\U0001F4A1 and z = 56.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Resistor colour bands: brown black red = 1000 ohms; \u00B15 %.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Mathematical sans-serif digits \U0001D7E2\U0001D7E3\U0001D7E4\U0001D7E5\U0001D7E6\U0001D7E7\U0001D7E8\U0001D7E9\U0001D7EA\U0001D7EB are U+1D7E2 to U+1D7EB.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"A telephone keypad maps 2 to ABC, 3 to DEF, 4 to GHI and 9 to WXYZ.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Git tags v1.2.3, v1.2.4 and v2.0.0-rc.1 were pushed.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Latitude \uFF15\uFF11.\uFF15\uFF10\uFF17\uFF14, longitude \uFF0D\uFF10.\uFF11\uFF12\uFF17\uFF18 is central London.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Order the steps: 1) mix 2) knead 3) proof 4) bake.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The sequence 1, 4, 9, 16, 25, 36, 49, 64, 81, 100 are squares.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u53CD\u8F6C\u5B57\u7B26\u4E32 \\\"54321\\\" \u5F97\u5230 \\\"12345\\\"\u3002\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"In Italian, quattro cinque sei means four five six.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"ASCII art: |_|_|_| 1200 | 3400 | 5600 |_|\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Answer in one line.\"}], \"stop\": [\"\\n\", \"</s>\", \"###\", \"Observation:\"]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Classify.\"}], \"response_format\": {\"type\": \"json_schema\", \"json_schema\": {\"name\": \"out\", \"schema\": {\"type\": \"object\", \"properties\": {\"label\": {\"type\": \"string\", \"enum\": [\"positive\", \"negative\", \"neutral\"]}, \"score\": {\"type\": \"number\", \"minimum\": 0, \"maximum\": 1}}}}}",
        "\"messages\": [{\"role\": \"user\", \"content\": \"A cyclist rides 36 km at 12 km/h, rests 20 minutes, then rides 45 km at 15 km/h. If she left at 7:40, at what time does she arrive, and what was her average speed overall? Show each step.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Revenue by quarter: Q1 4500, Q2 5100, Q3 6200, Q4 5800.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Steps: 1) preheat to 180 2) mix 250 g flour 3) bake 35 min 4) cool 120 s\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"ASCII 72 101 108 108 111 32 87 111 114 108 100 spells Hello World.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Ages of the group: 49, 52, 55, 50, 51, 53, 54, 56.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Years: 1990, 1995, 2000, 2005, 2010, 2015, 2020.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"U+0041 U+0042 U+0043 U+0044 are the letters A B C D.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Resolutions 1920x1080, 2560x1440 and 3840x2160 are common.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"S\u0336a\u0336l\u0336e\u0336 p\u0336r\u0336i\u0336c\u0336e\u0336 $\u03364\u03369\u0336 now $29\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u1D1B\u029C\u026As \u026As \u1D00 \u1D1B\u1D07s\u1D1B of small caps in 2024\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Counting in Italian: uno, due, tre, quattro, cinque.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u5C71\u6D1E\u62D0\u89D2\u5904\u6709\u4E09\u4E2A\u8DEF\u53E3\u3002\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"id,score\\n1,812\\n2,905\\n3,774\\n4,698\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"port: 8080\\ntimeout: 3000\\nretries: 5\\nworkers: 16\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Call ext 4412, ext 5523, ext 6634 or ext 7745 for support.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"MAC 00:1A:2B:3C:4D:5E belongs to the printer.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"%u2764 is the old escape of a heart.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Binary 00000001 00000010 00000011 00000100 counts to four.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The first four digits of pi are 3141, the next four 5926, then 5358, and then 9793.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"| week | visits |\\n|---|---|\\n| 1 | 4120 |\\n| 2 | 3987 |\\n| 3 | 4410 |\\n| 4 | 4075 |\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"a: 1200\\nb: 3400\\nc: 5600\\nd: 7800\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"<item qty=\\\"12\\\"/><item qty=\\\"250\\\"/><item qty=\\\"1200\\\"/>\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Chapter \u2166 and \u216B; \u2460 intro \u2461 body \u2462 end\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"const label = `${\\\"Hello\\\"}${\\\" world\\\"}`; \\\"a\\\".concat(\\\"b\\\")\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Hex colours 3f:a2:c4 and ff:ee:dd\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u4E8C\u3007\u4E8C\u56DB\u5E74\u4E09\u6708\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"See Fig.12 and No.5 in the catalogue; version v1.2.3 ships Monday.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"{\\\"name\\\": \\\"alice\\\", \\\"role\\\": \\\"admin2024\\\", \\\"team\\\": \\\"blue\\\"}\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Install sk-learn\\nversion 1.2.3\\nthen run the tests\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"AKIA is the prefix of AWS access key IDs.\\nASIA marks temporary ones.\\nBoth are 20 characters long.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"card balance 150000\\nthen 220000 after the refund\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Path C:\\\\\\\\\\\\\\\\server\\\\\\\\\\\\\\\\share\\\\\\\\\\\\\\\\2024 holds the files.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"hf_hub_download\\nfetches model files\\nfrom the Hub in v0.21\"}]",
    };

    private static readonly string[] NeverInHeaders = ["4916195604620503", "110105198804123276", "AKIA", "5425"];

    [Theory]
    [MemberData(nameof(Bodies))]
    public Task Post_SeventhRoundSpellingAskingForClosedModel_StaysPrivate(string fields, string kind) =>
        AdversarialRound.SpellingStaysPrivateAsync(fields, kind, stream: false, NeverInHeaders);

    [Theory]
    [MemberData(nameof(Bodies))]
    public Task Post_SeventhRoundSpellingStreaming_StaysPrivate(string fields, string kind) =>
        AdversarialRound.SpellingStaysPrivateAsync(fields, kind, stream: true, NeverInHeaders);

    [Theory]
    [MemberData(nameof(AutoBodies))]
    public Task Post_SeventhRoundAutoModelWordProblem_StaysPrivate(string fields) =>
        AdversarialRound.AutoStaysPrivateAsync(fields, NeverInHeaders);

    [Theory]
    [MemberData(nameof(OrdinaryBodies))]
    public Task Post_SeventhRoundOrdinaryTextAskingForClosedModel_GoesClosed(string fields) =>
        AdversarialRound.OrdinaryGoesClosedAsync(fields, stream: false);

    [Theory]
    [MemberData(nameof(OrdinaryBodies))]
    public Task Post_SeventhRoundOrdinaryTextStreaming_GoesClosed(string fields) =>
        AdversarialRound.OrdinaryGoesClosedAsync(fields, stream: true);
}
