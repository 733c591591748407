namespace GpuWorker.Tests.Structured;

/// <summary>Schemas covering the supported subset, one feature or combination each.</summary>
internal static class SchemaCases
{
    public static readonly TheoryData<string, string> Supported = new()
    {
        { "flat object, all required, closed", """{"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"score":{"type":"number"},"active":{"type":"boolean"}},"required":["name","age","score","active"],"additionalProperties":false}""" },
        { "optional properties first and last", """{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"},"c":{"type":"boolean"},"d":{"type":"null"}},"required":["b"],"additionalProperties":false}""" },
        { "no required property", """{"type":"object","properties":{"x":{"type":"integer"},"y":{"type":"integer"}},"additionalProperties":false}""" },
        { "nested objects and arrays", """{"type":"object","properties":{"user":{"type":"object","properties":{"name":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}}},"required":["name","tags"],"additionalProperties":false},"points":{"type":"array","items":{"type":"object","properties":{"x":{"type":"number"},"y":{"type":"number"}},"required":["x","y"],"additionalProperties":false},"minItems":1,"maxItems":3}},"required":["user","points"],"additionalProperties":false}""" },
        { "enum and const", """{"type":"object","properties":{"color":{"type":"string","enum":["red","green","blue","Straße"]},"kind":{"const":"point"},"level":{"enum":[1,2,3,null]}},"required":["color","kind","level"],"additionalProperties":false}""" },
        { "type list with null", """{"type":"object","properties":{"nickname":{"type":["string","null"]},"count":{"type":["integer","null"]}},"required":["nickname","count"],"additionalProperties":false}""" },
        { "anyOf", """{"type":"object","properties":{"value":{"anyOf":[{"type":"string","maxLength":5},{"type":"integer"},{"type":"object","properties":{"unit":{"type":"string","enum":["kg","lb"]}},"required":["unit"],"additionalProperties":false}]}},"required":["value"],"additionalProperties":false}""" },
        { "$defs and $ref", """{"$defs":{"address":{"type":"object","properties":{"street":{"type":"string"},"city":{"type":"string"}},"required":["street","city"],"additionalProperties":false}},"type":"object","properties":{"home":{"$ref":"#/$defs/address"},"work":{"$ref":"#/$defs/address"}},"required":["home"],"additionalProperties":false}""" },
        { "definitions (draft 7)", """{"$schema":"http://json-schema.org/draft-07/schema#","definitions":{"id":{"type":"integer"}},"type":"object","properties":{"ids":{"type":"array","items":{"$ref":"#/definitions/id"},"maxItems":4}},"required":["ids"]}""" },
        { "string lengths", """{"type":"object","properties":{"code":{"type":"string","minLength":3,"maxLength":3},"note":{"type":"string","minLength":1}},"required":["code","note"],"additionalProperties":false}""" },
        { "open object (extra properties allowed, none written)", """{"type":"object","properties":{"q":{"type":"string"}},"required":["q"]}""" },
        { "free-form object and any value", """{"type":"object","properties":{"meta":{"type":"object"},"anything":{}},"required":["meta","anything"],"additionalProperties":false}""" },
        { "top-level array", """{"type":"array","items":{"type":"integer"},"minItems":2}""" },
        { "annotations are fine", """{"title":"T","description":"D","$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"a":{"type":"string","description":"the a","default":"x","examples":["y"]}},"required":["a"],"additionalProperties":false}""" },
    };

    public static readonly TheoryData<string, string> Unsupported = new()
    {
        { """{"type":"string","pattern":"^a+$"}""", "$.pattern" },
        { """{"type":"string","format":"date-time"}""", "$.format" },
        { """{"type":"object","properties":{"n":{"type":"number","minimum":0}}}""", "$.properties.n.minimum" },
        { """{"oneOf":[{"type":"string"},{"type":"integer"}]}""", "$.oneOf" },
        { """{"allOf":[{"type":"string"}]}""", "$.allOf" },
        { """{"type":"object","additionalProperties":{"type":"string"}}""", "$.additionalProperties" },
        { """{"type":"object","patternProperties":{"^x":{"type":"string"}}}""", "$.patternProperties" },
        { """{"type":"array","items":{"type":"string"},"uniqueItems":true}""", "$.uniqueItems" },
        { """{"$defs":{"node":{"type":"object","properties":{"next":{"$ref":"#/$defs/node"}}}},"$ref":"#/$defs/node"}""", "$defs.node.properties.next.$ref" },
        { """{"$ref":"https://example.com/schema.json"}""", "$.$ref" },
        { """{"type":"object","properties":{"a":{"type":"string"}},"required":["b"]}""", "$.required" },
        { """{"type":"string","nullable":true}""", "$.nullable" },
    };
}
