using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Sesterce.Tracker.Web.Tests.Security;

/// <summary>
/// Reads everything a reader can read: every page in English and French, every API GET route with
/// every id and key the campus has, every export, and the calendar feed by token; optionally as known
/// on one day. The leak walk checks the answers for classified markers, the time walk for the future.
/// </summary>
internal static partial class ReadWalk
{
    public static async Task<IReadOnlyList<(string What, string Body)>> WalkAsync(
        TrackerWebFactory factory, string role, IReadOnlyList<int> milestones, IReadOnlyList<string> keys, IReadOnlyList<int> sources, DateOnly? asOf)
    {
        using var client = factory.CreateClientAs(role);
        var walked = new List<(string, string)>();
        var pages = new List<string> { "/", "/campuses/alixan", "/campuses/alixan/timeline", "/timeline", "/campuses/alixan/executive", "/campuses/alixan/risks" };
        pages.AddRange(milestones.Select(id => $"/campuses/alixan/milestones/{id}"));
        pages.AddRange(keys.Select(key => $"/campuses/alixan/figures/{key}"));
        foreach (var culture in new[] { "en", "fr" })
        {
            foreach (var page in pages.Select(p => On(p, asOf)))
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(page, UriKind.Relative));
                request.Headers.Add("Cookie", $".AspNetCore.Culture=c%3D{culture}%7Cuic%3D{culture}");
                using var response = await client.SendAsync(request);
                walked.Add(($"{culture} {page} ({(int)response.StatusCode})", Normalise(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()))));
            }
        }

        foreach (var path in ApiPaths(factory, milestones, keys, sources).Select(p => On(p, asOf)))
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            walked.Add(($"{path} ({(int)response.StatusCode})", Normalise(path.Contains(".xlsx", StringComparison.Ordinal) && response.IsSuccessStatusCode ? XlsxText(bytes) : Unescape(Encoding.UTF8.GetString(bytes)))));
        }

        // The calendar app's feed follows today's record only; it is walked when the walk is of today.
        if (asOf is null)
        {
            var feedUser = await Features.Calendar.CalendarFeedTestSupport.CreateUserWithTokenAsync(factory.Services, role);
            using var anonymous = factory.CreateClientAs(null);
            foreach (var culture in new[] { "en", "fr" })
            {
                using var feed = await anonymous.GetAsync(new Uri($"/calendar/{feedUser.Token}/alixan.ics?culture={culture}", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
                walked.Add(($"{culture} calendar feed by token ({(int)feed.StatusCode})", Normalise(Unescape(await feed.Content.ReadAsStringAsync()))));
            }
        }

        return walked;
    }

    private static string On(string path, DateOnly? asOf) =>
        asOf is not { } day ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}asOf={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>Every GET route under /api the app maps, with each route value filled by every value the campus has for it.</summary>
    private static List<string> ApiPaths(TrackerWebFactory factory, IReadOnlyList<int> milestones, IReadOnlyList<string> keys, IReadOnlyList<int> sources)
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>();
        var templates = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") != false)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(t => t.StartsWith("/api/", StringComparison.Ordinal) && !t.Contains("**", StringComparison.Ordinal) && !t.StartsWith("/api/docs", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.Contains("/api/sources/{id:int}", templates);
        var paths = new List<string>();
        foreach (var template in templates)
        {
            var filled = new List<string> { template.Replace("{slug}", "alixan", StringComparison.Ordinal) };
            filled = Expand(filled, "{key}", keys);
            filled = Expand(filled, "{id:int}", [.. sources.Select(i => i.ToString(CultureInfo.InvariantCulture))]);
            filled = Expand(filled, "{id}", [.. milestones.Select(i => i.ToString(CultureInfo.InvariantCulture))]);
            Assert.All(filled, p => Assert.DoesNotContain("{", p, StringComparison.Ordinal));
            paths.AddRange(filled);
        }

        return paths;
    }

    private static List<string> Expand(List<string> paths, string parameter, IReadOnlyList<string> values) =>
        [.. paths.SelectMany(p => p.Contains(parameter, StringComparison.Ordinal) ? values.Select(v => p.Replace(parameter, v, StringComparison.Ordinal)) : [p])];

    /// <summary>The text of every XML part of a workbook: shared strings, sheets and all.</summary>
    private static string XlsxText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(WebUtility.HtmlDecode(reader.ReadToEnd())).Append('\n');
        }

        return text.ToString();
    }

    // JSON escapes non-ASCII and some punctuation; the calendar escapes commas and semicolons.
    private static string Unescape(string body)
    {
        var text = body.Replace("\\,", ",", StringComparison.Ordinal).Replace("\\;", ";", StringComparison.Ordinal);
        try
        {
            return text + "\n" + Regex.Unescape(text);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    // French groups digits with no-break spaces: read them as spaces so "777 000 001" matches in every culture.
    // Circuit descriptors and antiforgery tokens are long random runs that may spell any short marker: dropped.
    private static string Normalise(string text) => Tokens().Replace(text.Replace('\u00a0', ' ').Replace('\u202f', ' '), " ");

    [GeneratedRegex("[A-Za-z0-9+/=_-]{40,}")]
    private static partial Regex Tokens();
}
