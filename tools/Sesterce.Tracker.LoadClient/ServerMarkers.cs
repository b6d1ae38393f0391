using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Sesterce.Tracker.LoadClient;

/// <summary>
/// What a prerendered page hands its circuit: the interactive server components' start markers
/// (<c>&lt;!--Blazor:{"type":"server",...,"descriptor":"..."}--&gt;</c>, in document order) and the
/// protected state persisted during prerendering (<c>&lt;!--Blazor-Server-Component-State:...--&gt;</c>).
/// </summary>
public sealed partial record PrerenderedPage(IReadOnlyList<JsonObject> ServerMarkers, string ApplicationState)
{
    public static PrerenderedPage Parse(string html)
    {
        var markers = new List<JsonObject>();
        foreach (Match match in MarkerComment().Matches(html))
        {
            if (JsonNode.Parse(match.Groups["json"].Value) is JsonObject marker
                && marker["type"]?.GetValue<string>() == "server"
                && marker["descriptor"] is not null)
            {
                markers.Add(marker);
            }
        }

        var state = StateComment().Match(html);
        return new PrerenderedPage(markers, state.Success ? state.Groups["state"].Value : "");
    }

    /// <summary>
    /// The UpdateRootComponents batch that adds every marker, as blazor.web.js builds it: batch 1,
    /// one "add" per marker numbered from 1, the marker with a unique id in place of its DOM nodes.
    /// </summary>
    public string AddOperationsJson()
    {
        var operations = new JsonArray();
        var id = 1;
        foreach (var marker in ServerMarkers)
        {
            var copy = (JsonObject)marker.DeepClone();
            copy["uniqueId"] = id - 1;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = id++, ["marker"] = copy });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString(JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    [GeneratedRegex("<!--Blazor:(?<json>\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerComment();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(?<state>[A-Za-z0-9+/=]+)-->")]
    private static partial Regex StateComment();
}
