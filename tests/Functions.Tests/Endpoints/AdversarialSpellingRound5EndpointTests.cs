using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Endpoints;

/// <summary>
/// The fifth attack round (issue 15), kept as regression tests: fresh variants of every adversarial class (fields the
/// classifier used to skip, glue, format characters, splits incl. a number cut around another turn, base64 after
/// "key=", base32, other scripts' digits, S/B/Z/G look-alikes, thousands separators, decoy cells, licences, passports and
/// local phones), each sent through the HTTP endpoint asking for the closed model, plain and streaming, and with
/// <c>model</c> left out behind a hard prompt. Ordinary texts next to these classes (amounts, year tables, meeting
/// invitations, model codes, base32 of a word) still go where they asked. Values are generated test values.
/// </summary>
public sealed class AdversarialSpellingRound5EndpointTests
{
    public static TheoryData<string, string> Bodies() => new()
    {
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Summarise the meeting.\"}], \"stop\": [\"END\", \"6011158813998697\"]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Fill the form.\"}], \"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"fill\", \"description\": \"default account FR7630006000011234567890189\", \"parameters\": {\"type\": \"object\", \"properties\": {}}}}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"reach the owner,\"}, {\"type\": \"text\", \"text\": \"passport\"}, {\"type\": \"text\", \"text\": \"E12345678 is on file\"}]}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"ok\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": [{\"id\": \"c1\", \"type\": \"function\", \"function\": {\"name\": \"pay\", \"arguments\": \"{\\\"pan\\\": \\\"3530879730911419\\\"}\"}}]}, {\"role\": \"tool\", \"tool_call_id\": \"c1\", \"content\": \"done\"}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Extract.\"}], \"response_format\": {\"type\": \"json_schema\", \"json_schema\": {\"name\": \"r\", \"schema\": {\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\", \"examples\": [\"440106199001011235\"]}}}}}", "fields" },
        { "\"messages\": [{\"role\": \"system\", \"content\": [{\"type\": \"text\", \"text\": \"internal note: key AKIAW7Q3ZRK2MX9PLT4B\"}]}, {\"role\": \"user\", \"content\": \"hi\"}]", "fields" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"acctes9121000418450200051332ok\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"pan2231707536455683exp\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"ID:440106199001011235ABC\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"credsAKIAW7Q3ZRK2MX9PLT4Bx9\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Refnl91abna0417164300Thanks\"}]", "glued" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 4916\u20621698\u20627168\u20629764\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u8EAB\u4EFD\u8BC1 440\u00AD106\u00AD199\u00AD001\u00AD011\u00AD235\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"iban FR76\u200D3000\u200D6000\u200D0112\u200D3456\u200D7890\u200D189\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"key AKIAW\uFEFF7Q3ZR\uFEFFK2MX9\uFEFFPLT4B\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"mobile 1\u20633\u20639\u20631\u20632\u20633\u20634\u20635\u20636\u20637\u20638\"}]", "cf" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"my UnionPay is 621518844\"}, {\"role\": \"user\", \"content\": \"7294055764 thanks\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"id 440106\"}, {\"role\": \"assistant\", \"content\": \"go on\"}, {\"role\": \"user\", \"content\": \"199001011235\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card\\r\\n37846\\r\\n97880\\r\\n93202\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"pay with 6011.1588.1399.8697\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"account ES91 - 2100 - 0418 - 4502 - 0005 - 1332\"}]", "split" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"blob Y2FyZCAzNTMwODc5NzMwOTExNDE5\"}]", "base64" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"b64: 6Lqr5Lu96K+B5Y+3IDQ0MDEwNjE5OTAwMTAxMTIzNQ==\"}]", "base64" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"token GYYDCMJRGU4DQMJTHE4TQNRZG4======\"}]", "base32" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"decode nfrgc3raizjdonrtgaydanrqgaydamjrgiztinjwg44dsmbrha4q\"}]", "base32" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"payload=GQ2DAMJQGYYTSOJQGAYTAMJRGIZTK===&x=1\"}]", "base32" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card \u0AE8\u0AE8\u0AE9\u0AE7 \u0AED\u0AE6\u0AED\u0AEB \u0AE9\u0AEC\u0AEA\u0AEB \u0AEB\u0AEC\u0AEE\u0AE9\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u8EAB\u4EFD\u8BC1 \u0CEA\u0CEA\u0CE6\u0CE7\u0CE6\u0CEC\u0CE7\u0CEF\u0CEF\u0CE6\u0CE6\u0CE7\u0CE6\u0CE7\u0CE7\u0CE8\u0CE9\u0CEB\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"tarjeta \u1046\u1040\u1041\u1041\u1041\u1045\u1048\u1048\u1041\u1043\u1049\u1049\u1048\u1046\u1049\u1047\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u624B\u673A \uFF11\uFF13\uFF19\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\"}]", "nd" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 4916 169B 716B 9764\"}]", "lookalike" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"pan 3S3O87973O911419\"}]", "lookalike" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"id 440l0Gl9900l0llZ35\"}]", "lookalike" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"IBAN FR76 3000 6000 0112 3456 7890 189\"}]", "lookalike" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"cc ZZ31707536455683\"}]", "lookalike" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"charge 4,916,169,871,689,764\"}]", "thousands" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Karte 6.011.158.813.998.697\"}]", "thousands" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"card 2'231'707'536'455'683\"}]", "thousands" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"| id | 4916 | 1698 | 7168 | 9764 | 09 |\"}]", "decoys" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"[\\\"2024\\\", \\\"3530\\\", \\\"8797\\\", \\\"3091\\\", \\\"1419\\\", \\\"777\\\"]\"}]", "decoys" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"<tr><td>7</td><td>6011</td><td>1588</td><td>1399</td><td>8697</td></tr>\"}]", "decoys" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"values: 440106;19900101;1235;88\"}]", "decoys" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Driver licence: BROWN-801024-JD9AB for the rental\"}]", "licence" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"my DL is C12/345/6789 from Illinois\"}]", "licence" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"permiso de conducir n\u00BA 87654321-X\"}]", "licence" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"driver's license (Florida): B123-456-78-901-0\"}]", "licence" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u9A7E\u9A76\u6267\u7167\u6863\u6848\u7F16\u53F7\uFF1A4401 0612 3456\"}]", "licence" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"my passport (renewed last year) number is P7654321\"}]", "passport" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"passport no 987 654 321, expiring 2031\"}]", "passport" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"passport: t12345678 please check\"}]", "passport" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"get hold of me on 8876 5432 after work\"}]", "phone" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"Rufnummer 089/12345678, Durchwahl 12\"}]", "phone" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"pour me joindre: 0612345678\"}]", "phone" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"my line is 2345-6789 any time\"}]", "phone" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"\u6709\u4E8B\u627E\u6211 6543 2100\"}]", "phone" },
        { "\"messages\": [{\"role\": \"user\", \"content\": \"escr\u00EDbeme al 612 34 56 78\"}]", "phone" },
    };

    public static TheoryData<string> AutoBodies() => new()
    {
        "\"messages\": [{\"role\": \"user\", \"content\": \"Prove that every bounded monotone sequence of reals converges, then use it to show the Bolzano-Weierstrass theorem, step by step. ref pan2231707536455683exp\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Prove that every bounded monotone sequence of reals converges, then use it to show the Bolzano-Weierstrass theorem, step by step. card 4916 169B 716B 9764\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Prove that every bounded monotone sequence of reals converges, then use it to show the Bolzano-Weierstrass theorem, step by step. token GYYDCMJRGU4DQMJTHE4TQNRZG4======\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Prove that every bounded monotone sequence of reals converges, then use it to show the Bolzano-Weierstrass theorem, step by step. charge 4,916,169,871,689,764\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Prove that every bounded monotone sequence of reals converges, then use it to show the Bolzano-Weierstrass theorem, step by step. | 3530 | 8797 | 3091 | 1419 | 42 |\"}]",
    };

    public static TheoryData<string> OrdinaryBodies() => new()
    {
        "\"messages\": [{\"role\": \"user\", \"content\": \"Our revenue was 4,526,018 dollars in 2023 and 5,100,200 in 2024.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"GDP of the US is about 27,360,935,000,000 dollars.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"| 2019 | 2020 | 2021 | 2022 | 2023 |\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Ports in use: 8080;8443;9090;3000;5432\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Join Zoom Meeting https://zoom.us/j/81234567890 Meeting ID: 812 3456 7890 Passcode: 739104\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The BS 8888 standard and ISO 9001 apply; see SB-2020 and GZ-300 models.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Bus routes 5B, 8S and Z2 stop at gate G6.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Explain how base32 works: 'MZXW6YTBOI======' decodes to 'foobar'.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"INTERNATIONALIZATION LOCALIZATION ACCESSIBILITY are long words.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Please drop me a line about the quarterly plan.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The passport office at 120 Main St opens 9-5; queue ticket 4471.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Driver version 531.41 released 2024-05-06; DL 2024-05-06 notes.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"My licence plate reads AB12 CDE and the car is blue.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The product code is SKU-8812-3456-7701.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Count 1,234,567,890,123 grains of sand on the beach (a made-up figure).\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Call the function 3 times with arguments 10, 20 and 30.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Festnetz und Mobilfunk: Marktanteil 2023/2024 stieg um 12 Prozent.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"The IBAN format is two letters, two check digits and up to 30 characters, e.g. country code GB.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"git commit 3f9ade12a0b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8 fixed it\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Passcode requirements: at least 6 digits, e.g. 123456 is weak.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Page 1234567 of the log is empty.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"Matrix rows: [1200, 3400, 5600, 7800, 9000]\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"My line manager approved 3 days off.\"}]",
        "\"messages\": [{\"role\": \"user\", \"content\": \"El n\u00FAmero de pedido 12345678 lleg\u00F3 ayer.\"}]",
    };

    private static readonly string[] NeverInHeaders = ["6011", "440106", "AKIA"];

    [Theory]
    [MemberData(nameof(Bodies))]
    public Task Post_FifthRoundSpellingAskingForClosedModel_StaysPrivate(string fields, string kind) =>
        AdversarialRound.SpellingStaysPrivateAsync(fields, kind, stream: false, NeverInHeaders);

    [Theory]
    [MemberData(nameof(Bodies))]
    public Task Post_FifthRoundSpellingStreaming_StaysPrivate(string fields, string kind) =>
        AdversarialRound.SpellingStaysPrivateAsync(fields, kind, stream: true, NeverInHeaders);

    [Theory]
    [MemberData(nameof(AutoBodies))]
    public Task Post_FifthRoundAutoModelHardPrompt_StaysPrivate(string fields) =>
        AdversarialRound.AutoStaysPrivateAsync(fields, NeverInHeaders);

    [Theory]
    [MemberData(nameof(OrdinaryBodies))]
    public Task Post_FifthRoundOrdinaryTextAskingForClosedModel_GoesClosed(string fields) =>
        AdversarialRound.OrdinaryGoesClosedAsync(fields, stream: false);
}
