using System.Net;
using System.Text.RegularExpressions;

namespace Sesterce.Tracker.Web.Tests.Security;

/// <summary>Posts a static server-rendered form as a browser would: its hidden fields (antiforgery token, form name) included.</summary>
internal static partial class FormClient
{
    public static async Task<Dictionary<string, string>> HiddenFieldsAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var fields = HiddenInput().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        Assert.True(fields.ContainsKey("__RequestVerificationToken"), "The form carries no antiforgery token.");
        return fields;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IReadOnlyDictionary<string, string> hidden, params (string Name, string Value)[] fields)
    {
        var values = hidden.Select(h => new KeyValuePair<string, string>(h.Key, h.Value))
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)" */?>""")]
    private static partial Regex HiddenInput();
}
