using System.Text.Json;
using System.Text.Json.Serialization;

namespace Router.Functions.Native;

/// <summary>
/// A route in JSON is its wire name ("private-small"), as in headers, the ledger and /api/route; reading also
/// accepts the configuration spelling ("PrivateSmall").
/// </summary>
internal sealed class RouteWireConverter : JsonConverter<Route>
{
    public override Route Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        foreach (var route in Enum.GetValues<Route>())
        {
            if (string.Equals(text, route.ToWireName(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, route.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return route;
            }
        }

        throw new JsonException($"unknown route '{text}'");
    }

    public override void Write(Utf8JsonWriter writer, Route value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToWireName());
}
