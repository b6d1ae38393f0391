using System.Net;
using System.Text.RegularExpressions;

namespace Sesterce.Tracker.LoadClient;

/// <summary>
/// Signs in once through the real sign-in form and keeps the cookies by hand: outside Development
/// the app marks its cookie Secure, which a cookie container would never send back over plain
/// HTTP on loopback, though the server accepts it.
/// </summary>
public sealed partial class TrackerSession(HttpClient http) : IDisposable
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public string CookieHeader => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    public static HttpClient CreateHttpClient(Uri baseUri) =>
        new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = baseUri,
            Timeout = TimeSpan.FromMinutes(3),
        };

    public async Task SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        using var form = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "account/sign-in"), cancellationToken);
        var html = await form.Content.ReadAsStringAsync(cancellationToken);
        var token = HiddenField(html, "__RequestVerificationToken") ?? throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        var handler = HiddenField(html, "_handler") ?? "sign-in";
        using var post = new HttpRequestMessage(HttpMethod.Post, "account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["_handler"] = handler,
                ["Input.Email"] = email,
                ["Input.Password"] = password,
            }),
        };
        using var answer = await SendAsync(post, cancellationToken);
        if (answer.StatusCode != HttpStatusCode.Redirect || !_cookies.Keys.Any(k => k.Contains("Identity", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)answer.StatusCode} {answer.StatusCode}.");
        }
    }

    /// <summary>The first campus the API lists (a generated portfolio has no Alixan).</summary>
    public async Task<string> FirstCampusSlugAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "api/campuses"), cancellationToken);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var list = json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Array ? json.RootElement : json.RootElement.GetProperty("items");
        return list.EnumerateArray().Select(c => c.GetProperty("slug").GetString()).OfType<string>().FirstOrDefault()
            ?? throw new InvalidOperationException("The API lists no campus.");
    }

    /// <summary>The prerendered page at <paramref name="path"/>, signed in.</summary>
    public async Task<PrerenderedPage> GetPageAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        return PrerenderedPage.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", CookieHeader);
            }

            var response = await http.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    var pair = setCookie.Split(';', 2)[0].Split('=', 2);
                    if (pair.Length == 2)
                    {
                        _cookies[pair[0].Trim()] = pair[1].Trim();
                    }
                }
            }

            return response;
        }
    }

    internal static string? HiddenField(string html, string name)
    {
        foreach (Match input in InputTag().Matches(html))
        {
            var tag = input.Value;
            if (tag.Contains($"name=\"{name}\"", StringComparison.Ordinal))
            {
                var value = ValueAttribute().Match(tag);
                return value.Success ? WebUtility.HtmlDecode(value.Groups["value"].Value) : null;
            }
        }

        return null;
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("<input[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("value=\"(?<value>[^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
