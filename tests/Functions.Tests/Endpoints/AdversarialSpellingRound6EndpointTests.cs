using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Endpoints;

/// <summary>
/// The sixth attack round (issue 15), kept as regression tests: fresh values of every card network (Mir, RuPay, Verve,
/// Troy, UnionPay-19, Maestro 12/18/19…), 18- and 15-digit resident IDs, mobiles, IBANs of other countries, SSNs and
/// vendor keys, in every adversarial class — fields the backend reads (JSON escapes "\\n"/"\\t" in raw schemas and
/// tool-call arguments), tokens glued to words of any script, format and other invisible characters, separators of
/// every punctuation and symbol class, markdown list items and JSON object values, HTML named and numeric references,
/// double percent-encoding, octal escapes, decoy digit groups in a chain, a mobile or SSN over line breaks, rare
/// scripts' digits and mixed widths — each sent through the HTTP endpoint asking for the closed model, plain and
/// streaming, and with <c>model: auto</c> behind a hard prompt. Ordinary texts next to these classes (CIDR ranges,
/// JSON objects of numbers, year lists, paths and code with escapes, HTML prose with entities) still go where they
/// asked. Values are generated test values.
/// From the identifier engineer (i16-ids4): a number cut over lines of one message behind
/// continuation prefixes ("msg 2:", "(continued)", 第二条/后半段, 后面是, 后8位, the same chat speaker again), a phone one group
/// per line after its label, a passport label glued to its number and the words after it or before an aside, a UK licence with dashes after a bare "licence", and a local phone right after
/// "text"; each sent through the HTTP endpoint asking for the closed model, plain and streaming. Ordinary texts next to
/// these classes (numbered figures, chat logs with times and counts, an invoice code and number) still go where they asked.
/// Values are generated test values.
/// </summary>
public sealed class AdversarialSpellingRound6EndpointTests
{
    public static TheoryData<string, string> Bodies() => new()
    {
        { "\"messages\": [{\"role\": \"user\", \"content\": \"msg 1: my card is 60111588\\nmsg 2: 13998697 exp 04/30\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u7B2C\u4E00\u6761\uFF1A\u8EAB\u4EFD\u8BC1\u524D\u534A\u6BB5 440106199\\n\u7B2C\u4E8C\u6761\uFF1A\u540E\u534A\u6BB5 001011235\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"IBAN part one FR76 3000 6000\\n(continued) 0112 3456 7890 189\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"[09:12] Sam: the number is 601115\\n[09:12] Sam: 881399\\n[09:13] Sam: 8697\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u6211\u624B\u673A\u53F7\u524D\u9762\u662F 139123\\n\u540E\u9762\u662F 45678\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"passportno449533347validuntil2031\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Licence VLBLP-541064-JJ1XM for the hire car\"}]", "licence" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"text 889-727624 when you land\"}]", "phone" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Kim (14:02): card 601115\\nKim (14:02): 881399\\nKim (14:03): 8697\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u5361\u53F7\u524D8\u4F4D 35308797\\n\u540E8\u4F4D 30911419\"}]", "continued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u624B\u673A 139\\n1234\\n5678\"}]", "lines" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"my passport number is, as I told you on the other form, G87654321\"}]", "aside" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Summarise.\"}], \"stop\": [\"sk_live_RTPTN52DZeocgWf1RfyMuLTL\"]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"continue\"}, {\"role\": \"assistant\", \"content\": [{\"type\": \"text\", \"text\": \"Your Verve card is \"}, {\"type\": \"text\", \"text\": \"5061294888834813719\"}]}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"ok\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\", \"type\": \"function\", \"function\": {\"name\": \"pay\", \"arguments\": \"{\\\"pan\\\": \\\"6082\\\\n0775\\\\n2684\\\\n6338\\\"}\"}}]}, {\"role\": \"tool\", \"tool_call_id\": \"c1\", \"content\": \"ok\"}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Extract.\"}], \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"f\", \"parameters\": {\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"string\", \"examples\": [\"6759\\n5712\\n7358\\n3037\\n69\"]}}}}}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Extract.\"}], \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"f\", \"parameters\": {\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"string\", \"default\": \"6217\\t7571\\t5102\\t0192\\t076\"}}}}}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u043D\u043E\u043C\u0435\u04404532505554888583\u043E\u043A\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"SSN523471986thx\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"tokenxoxb-194288177430-3373733733062-JVEs6nOGsAVB5raO8HX4EPFAend\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 3566\u06DD4299\u06DD3502\u06DD1957\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6082\u20280775\u20282684\u20286338\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"ssn 5\u17B42\u17B43\u17B4-\u17B44\u17B47\u17B4-\u17B41\u17B49\u17B48\u17B46\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u8EAB\u4EFD\u8BC1\u524D\u516D\u4F4D 320102\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"t\", \"type\": \"function\", \"function\": {\"name\": \"note\", \"arguments\": \"{}\"}}]}, {\"role\": \"tool\", \"tool_call_id\": \"t\", \"content\": \"19870315\"}, {\"role\": \"user\", \"content\": \"417X\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"- 2203\\n- 9145\\n- 8563\\n- 0745\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card:<br>4532<br>5055<br>5488<br>8583\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"{\\\"p1\\\": \\\"3714\\\", \\\"p2\\\": \\\"088876\\\", \\\"p3\\\": \\\"31915\\\"}\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"mobile 158\\n7346\\n0921\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"token: SG.T089Y17e4tCeDB7XPd2dZT.isCU \\\\\\nbY1Rxy8qRDv1QgM0lKAyYzYdn28UgeLS1iAEUl6\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6500\uFE631381\uFE631614\uFE637679\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6445\u20437377\u20439148\u20433701\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 2203\u20449145\u20448563\u20440745\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6082\u22150775\u22152684\u22156338\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 9792\u203F6200\u203F2900\u203F4312\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 9792#6200#2900#4312\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 3566^4299^3502^1957\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 4532\u00A65055\u00A65488\u00A68583\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6082\u21920775\u21922684\u21926338\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6500\u25CF1381\u25CF1614\u25CF7679\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 9792=6200=2900=4312\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 3566@4299@3502@1957\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 4532&5055&5488&8583\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 2511!8577!9718!9264\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6445?7377?9148?3701\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 2203$9145$8563$0745\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6082%0775%2684%6338\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \u00AB2511\u00BB\u00AB8577\u00BB\u00AB9718\u00BB\u00AB9264\u00BB\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \u300C6217\u300D\u300C7571\u300D\u300C5102\u300D\u300C0192\u300D\u300C076\u300D\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u8EAB\u4EFD\u8BC1 320102\u201419870315\u2014417X\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6&#48;8&#50;0&#55;7&#53;2&#54;8&#52;6&#51;3&#56;\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 4532&nbsp;5055&nbsp;5488&nbsp;8583\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 3566&shy;4299&shy;3502&shy;1957\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 2511&ZeroWidthSpace;8577&ZeroWidthSpace;9718&ZeroWidthSpace;9264\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6445&#8203;7377&#8203;9148&#8203;3701\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"q=card%25202203914585630745\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"body: =E8=BA=AB=E4=BB=BD=E8=AF=81 510104199307085523\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"body: =36=35=30=30=31=33=38=31=31=36=31=34=37=36=37=39\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"octal \\\\143\\\\141\\\\162\\\\144\\\\040\\\\063\\\\065\\\\066\\\\066\\\\064\\\\062\\\\071\\\\071\\\\063\\\\065\\\\060\\\\062\\\\061\\\\071\\\\065\\\\067\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \U00010D36\U00010D35\U00010D30\U00010D30 \U00010D31\U00010D33\U00010D38\U00010D31 \U00010D31\U00010D36\U00010D31\U00010D34 \U00010D37\U00010D36\U00010D37\U00010D39\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \u1B56\u1B55\u1B50\u1B50 \u1B51\u1B53\u1B58\u1B51 \u1B51\u1B56\u1B51\u1B54 \u1B57\u1B56\u1B57\u1B59\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \uA906\uA902\uA901\uA907 \uA907\uA905\uA907\uA901 \uA905\uA901\uA900\uA902 \uA900\uA901\uA909\uA902 \uA900\uA907\uA906\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \u0F26\u0F25\u0F20\u0F20 \u0F21\u0F23\u0F28\u0F21 \u0F21\u0F26\u0F21\u0F24 \u0F27\u0F26\u0F27\u0F29\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u624B\u673A \u17E1\u17E5\u17E8\u17E7\u17E3\u17E4\u17E6\u17E0\u17E9\u17E2\u17E1\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \uFF19\uFF17\uFF19\uFF12\uFF16\uFF12\uFF10\uFF10\uFF6529004312\"}]", "width" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u30AB\u30FC\u30C9 \uFF13\uFF15\uFF16\uFF16\u3000\uFF14\uFF12\uFF19\uFF19\u3000\uFF13\uFF15\uFF10\uFF12\u3000\uFF11\uFF19\uFF15\uFF17\"}]", "width" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"my card number is 6759 5712 7358 3037 69\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u6211\u7684\u8EAB\u4EFD\u8BC1\u53F7\u662F320102870315417\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"please wire to SA0380000000608010167519\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"config: sk_live_RTPTN52DZeocgWf1RfyMuLTL\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"config: DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=WJMQQrgALgWJjHRBqlyfNsEFiYPACaJIDh3zSEMTB70rpKPhDH1DoTS3uU1fW58R9jA0Pm0Nd3tv5FxkkrTZZw==;EndpointSuffix=core.windows.net\"}]", "plain" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Extract.\"}], \"response_format\": {\"type\": \"json_schema\", \"json_schema\": {\"name\": \"o\", \"schema\": {\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"string\", \"description\": \"ssn 611\\\\n28\\\\n4093\"}}}}}", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"x\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"a\", \"type\": \"function\", \"function\": {\"name\": \"f\", \"arguments\": \"{\\\"id\\\": \\\"\\\\u8eab\\\\u4efd\\\\u8bc1 320102\\\\r\\\\n19870315\\\\r\\\\n417X\\\"}\"}}]}, {\"role\": \"tool\", \"tool_call_id\": \"a\", \"content\": \"ok\"}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Go.\"}], \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"f\", \"parameters\": {\"type\": \"object\", \"properties\": {\"k\": {\"type\": \"string\", \"default\": \"AKIAR7Q2AK\\n7DKWQSJERU\"}}}}}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"apikeynpm_W0FAmkmTstzluPyAkfNAO8XFQ3sR4Kos9CW1next\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u043A\u043B\u044E\u0447hf_tQSc8DDJ1r58dQ2FkpoJwcW63Vmn4W1Llm\u043A\u043E\u043D\u0435\u0446\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u4EE4\u724Cglpat-lF6yIEUZAZ1R5PWZD3qy\u8C22\u8C22\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"secretSG.T089Y17e4tCeDB7XPd2dZT.isCUbY1Rxy8qRDv1QgM0lKAyYzYdn28UgeLS1iAEUl6\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"mytokenghp_w3hhvOLhXh9TRPgtoYGXnev5RsM2uy7ce5vTbye\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 3566\u00B14299\u00B13502\u00B11957\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 2203\u2192 9145\u2192 8563\u2192 0745\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6500\u26051381\u26051614\u26057679\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 9792\u00A76200\u00A72900\u00A74312\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6082\u20AC0775\u20AC2684\u20AC6338\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u8EAB\u4EFD\u8BC1 320102\u3011\u301019870315\u3011\u3010417X\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card {6445}{7377}{9148}{3701}\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"ssn 611\u202228\u20224093\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 6217 & 7571 & 5102 & 0192 & 076\"}]", "sep" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 9792&ensp;6200&ensp;2900&ensp;4312\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 2203&zwnj;9145&zwnj;8563&zwnj;0745\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u8EAB\u4EFD\u8BC1 510104&ndash;19930708&ndash;5523\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"iban CH93&nbsp;0076&nbsp;2011&nbsp;6238&nbsp;5295&nbsp;7\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 4&#53;3&#50;505554888583\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"pan=3566%25204299%25203502%25201957\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \\\\066\\\\064\\\\064\\\\065\\\\067\\\\063\\\\067\\\\067\\\\071\\\\061\\\\064\\\\070\\\\063\\\\067\\\\060\\\\061\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"QP: =D0=BA=D0=B0=D1=80=D1=82=D0=B0=20 2203914585630745\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\\\"pan\\\": \\\"60820775\\\\t2684\\\\t6338\\\"\"}]", "enc" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"* 9792\\n* 6200\\n* 2900\\n* 4312\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"{\\\"a\\\": 4532, \\\"b\\\": 5055, \\\"c\\\": 5488, \\\"d\\\": 8583}\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"{\\n  \\\"part1\\\": \\\"320102198\\\",\\n  \\\"part2\\\": \\\"70315417X\\\"\\n}\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u624B\u673A\\n186\\n2509\\n7314\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"call 158\"}, {\"role\": \"user\", \"content\": \"7346\"}, {\"role\": \"user\", \"content\": \"0921\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"see 7 3566 4299 3502 1957\"}]", "decoy" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"ref 81 510104199307085523\"}]", "decoy" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"use 2203914585630745 12\"}]", "decoy" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"box 3 6217757151020192076 9\"}]", "decoy" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \uFF14\uFF15\uFF13\uFF12\uFF655055\uFF6554888583\"}]", "width" },
    };

    public static TheoryData<string> AutoBodies() => new()
    {
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"Prove rigorously that the set of algebraic numbers is countable, then derive that transcendental numbers exist, with every step justified. card 9\u206A7\u206A9\u206A2\u206A6\u206A2\u206A0\u206A0\u206A2\u206A9\u206A0\u206A0\u206A4\u206A3\u206A1\u206A2\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Prove rigorously that the set of algebraic numbers is countable, then derive that transcendental numbers exist, with every step justified. card &#54;&#48;&#56;&#50;&#48;&#55;&#55;&#53;&#50;&#54;&#56;&#52;&#54;&#51;&#51;&#56;\"}]",
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"Prove rigorously that the set of algebraic numbers is countable, then derive that transcendental numbers exist, with every step justified. \u8EAB\u4EFD\u8BC1\u2029510104\u2029199307\u2029085523\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Prove rigorously that the set of algebraic numbers is countable, then derive that transcendental numbers exist, with every step justified. card \U0001E956\U0001E955\U0001E950\U0001E950 \U0001E951\U0001E953\U0001E958\U0001E951 \U0001E951\U0001E956\U0001E951\U0001E954 \U0001E957\U0001E956\U0001E957\U0001E959\"}]",
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"Prove rigorously that the set of algebraic numbers is countable, then derive that transcendental numbers exist, with every step justified. tokenxoxb-194288177430-3373733733062-JVEs6nOGsAVB5raO8HX4EPFA\"}]",
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"Prove rigorously that the set of algebraic numbers is countable, then derive that transcendental numbers exist, with every step justified. card 2203#9145#8563#0745\"}]",
        "\"model\": \"auto\", \"messages\": [{\"role\": \"user\", \"content\": \"Prove rigorously that the set of algebraic numbers is countable, then derive that transcendental numbers exist, with every step justified. see 7 3566 4299 3502 1957\"}]",
    };

    public static TheoryData<string> OrdinaryBodies() => new()
    {
        "\"messages\": [{\"role\": \"user\", \"content\": \"call count\\n1200\\n3400\\n5600\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"part 1: 2019 revenue 4500000\\npart 2: 2020 revenue 5100000\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"[10:01] Anna: meeting at 1030\\n[10:05] Bob: 1100 works\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"msg 1: total 1200\\nmsg 2: 3400 items\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u589E\u503C\u7A0E\u53D1\u7968\u4EE3\u7801 044031900111\uFF0C\u53F7\u7801 12345678\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Read the text 12345678 carefully and summarise it.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Licence key ABCDE-123456-XY1ZZ for the software\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Order 1Z999AA10123456784 shipped via UPS yesterday.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"ISBN 978-3-16-148410-0 is the textbook.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The Fibonacci numbers 1 1 2 3 5 8 13 21 34 55 89 144 appear in nature.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Primes: 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Mir is a Russian card network whose numbers start with 2200 to 2204.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"RuPay, Verve and Troy are domestic card schemes in India, Nigeria and Turkey.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The Luhn check digit of 7992739871 is 3; explain why.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Format: a Chinese resident ID has 18 characters: 6 region digits, 8 birth digits, 3 sequence digits and a check.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Colours: #ff5733, #33ff57, #3357ff and #f0f0f0.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"UUID 123e4567-e89b-12d3-a456-426614174000 identifies the job.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"git sha 9fceb02d0ae598e95dc970b74767f19372d61af8 broke the build.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Chess: 1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Coordinates 48.858370, 2.294481 are the Eiffel Tower.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Final score 3\u20132 after extra time; attendance 61\u202F412.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Hello &#72;&#101;&#108;&#108;&#111; is HTML for Hello.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"q=%E4%BD%A0%E5%A5%BD%E4%B8%96%E7%95%8C means \u4F60\u597D\u4E16\u754C.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"SGVsbG8sIHdvcmxkISBIb3cgYXJlIHlvdT8= is base64 for a greeting.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u7B2C2\u7AE0\u7B2C3\u8282\uFF1A2024\u5E743\u670815\u65E5\u53D1\u5E03\uFF0C\u51711200\u9875\u3002\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u4EF7\u683C\u8868\uFF1A\u82F9\u679C 5\u5143/\u65A4\uFF0C\u9999\u8549 3\u5143/\u65A4\uFF0C\u5E93\u5B58 12000 \u65A4\u3002\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u0412\u0435\u0440\u0441\u0438\u044F 2.4.1 \u0432\u044B\u0448\u043B\u0430 12.03.2024, \u0440\u0430\u0437\u043C\u0435\u0440 145 \u041C\u0411.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u0397 \u03AD\u03BA\u03B4\u03BF\u03C3\u03B7 3.11 \u03BA\u03C5\u03BA\u03BB\u03BF\u03C6\u03CC\u03C1\u03B7\u03C3\u03B5 \u03C4\u03BF 2023 \u03BC\u03B5 1500 \u03B1\u03BB\u03BB\u03B1\u03B3\u03AD\u03C2.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Timestamps: 2024-05-06T10:15:30Z, 2024-05-06T10:16:02Z.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"IP ranges 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16 are private.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Version 10.0.19045.4291 of Windows is installed.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Room 1204, building 7, floor 12 hosts the meeting.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Population 1,412,000,000 in 2023; 1,425,000,000 in 2024.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"In stop sequences, use \\\"\\\\n\\\\n\\\" or \\\"###\\\" to end generation.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Example card format: XXXX XXXX XXXX XXXX (16 digits, no real number).\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\u7535\u8BDD\u53F7\u7801\u7684\u683C\u5F0F\u662F 3-4-4 \u4F4D\uFF0C\u4F8B\u5982 1XX-XXXX-XXXX\u3002\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Lottery draw 7 14 21 28 35 42 and bonus 9.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Matrix [[1,2,3],[4,5,6],[7,8,9]] has rank 2.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The part numbers are A-4411 and B-9920 in the catalogue.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Answer briefly.\"}], \"stop\": [\"\\n\\n\", \"###\", \"END\"]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Pick a size.\"}], \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"size\", \"parameters\": {\"type\": \"object\", \"properties\": {\"s\": {\"type\": \"string\", \"enum\": [\"S\", \"M\", \"L\", \"XL\"]}, \"n\": {\"type\": \"integer\", \"default\": 12345678}}}}}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Count with me:\"}, {\"role\": \"assistant\", \"content\": \"1 2 3 4\"}, {\"role\": \"user\", \"content\": \"5 6 7 8\"}, {\"role\": \"assistant\", \"content\": \"9 10 11 12\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Networks 172.16.0.0/12 and 192.168.1.0/24 are private ranges.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Use CIDR 10.20.0.0/16 for the VNet and 10.20.1.0/24 for the subnet.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Score: 2024#05#06 and build 1200#3400.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Path C:\\\\new\\\\table\\\\2024\\\\report.txt was saved.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"printf(\\\"%d\\\\n%d\\\\n\\\", 1200, 3400); prints two numbers.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"String \\\"line1\\\\nline2\\\\nline3\\\" has 3 lines.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"{\\\"width\\\": \\\"1920\\\", \\\"height\\\": \\\"1080\\\", \\\"fps\\\": \\\"60\\\", \\\"bitrate\\\": \\\"8000\\\"}\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"{\\\"year\\\": 2024, \\\"month\\\": 5, \\\"day\\\": 6, \\\"hour\\\": 10}\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"- 2019\\n- 2020\\n- 2021\\n- 2022\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"* 1200\\n* 3400\\n* 5600\\n* 7800\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Readings:\\n138\\n1402\\n1450\\n1498\\n1510\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Tom &amp; Jerry &nbsp; season 3 &ndash; episode 12.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Prices: $1200 \u2192 $1350 \u2192 $1499.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Temperatures 21\u00B0C, 23\u00B0C, 19\u00B0C and 25\u00B0C this week.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Version 2.4 & 3.1 & 4.0 are supported.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Serial \u26051234\u26055678\u2605 is a label design.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Page 7 of 120, chapter 12 section 3.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Ticket 42 for seat 13 row 7.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"see 7 1234 5678 9012 3456 for the sample layout\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"q=hello%2520world is double encoded\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"mysql -u root -p database_name < dump.sql\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Task list: task_live_update and mask_test_run are Python functions.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The pdf_hf_transformers_reader module loads files.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"\\\\101\\\\102\\\\103 is ABC in octal escapes.\"}]",
    };

    private static readonly string[] NeverInHeaders = ["2203914585630745", "32010219870315417X", "AKIA", "6011", "440106"];

    [Theory]
    [MemberData(nameof(Bodies))]
    public Task Post_SixthRoundSpellingAskingForClosedModel_StaysPrivate(string fields, string kind) =>
        AdversarialRound.SpellingStaysPrivateAsync(fields, kind, stream: false, NeverInHeaders);

    [Theory]
    [MemberData(nameof(Bodies))]
    public Task Post_SixthRoundSpellingStreaming_StaysPrivate(string fields, string kind) =>
        AdversarialRound.SpellingStaysPrivateAsync(fields, kind, stream: true, NeverInHeaders);

    [Theory]
    [MemberData(nameof(AutoBodies))]
    public Task Post_SixthRoundAutoModelHardPrompt_StaysPrivate(string fields) =>
        AdversarialRound.AutoStaysPrivateAsync(fields, NeverInHeaders);

    [Theory]
    [MemberData(nameof(OrdinaryBodies))]
    public Task Post_SixthRoundOrdinaryTextAskingForClosedModel_GoesClosed(string fields) =>
        AdversarialRound.OrdinaryGoesClosedAsync(fields, stream: false);

    [Theory]
    [MemberData(nameof(OrdinaryBodies))]
    public Task Post_SixthRoundOrdinaryTextStreaming_GoesClosed(string fields) =>
        AdversarialRound.OrdinaryGoesClosedAsync(fields, stream: true);
}
