using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sesterce.Tracker.Core.Identity;

namespace Sesterce.Tracker.Web.Tests.Api;

/// <summary>POST /api/intake/extract: the recogniser over HTTP, with the offsets of each candidate's words and quote.</summary>
public class IntakeApiTests(TrackerWebFactory factory) : IClassFixture<TrackerWebFactory>
{
    private const string Article =
        "Lundi 17 novembre, Sesterce a annoncé investir 1,5 milliard d'euros à Alixan. "
        + "L'entreprise avait initialement promis, en février dernier, d'investir 450 millions d'euros.";

    private async Task<HttpResponseMessage> PostAsync(object body)
    {
        using var client = factory.CreateClientAs(TrackerRoles.Admin);
        return await client.PostAsJsonAsync(new Uri("/api/intake/extract", UriKind.Relative), body);
    }

    [Fact]
    public async Task ArticleTextComesBackAsCandidatesWithTheOffsetsOfTheirWordsAndSentence()
    {
        using var response = await PostAsync(new { text = Article, publishedOn = "2025-11-24", language = "fr" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var candidates = json.RootElement.GetProperty("candidates");
        Assert.Equal(2, candidates.GetArrayLength());

        var first = candidates[0];
        Assert.Equal("money", first.GetProperty("kind").GetString());
        Assert.Equal(1_500_000_000m, first.GetProperty("value").GetDecimal());
        Assert.Equal("EUR", first.GetProperty("unit").GetString());
        Assert.Equal("2025-11-17", first.GetProperty("statedOn").GetString());
        var match = first.GetProperty("match");
        Assert.Equal("1,5 milliard d'euros", Article.Substring(match.GetProperty("start").GetInt32(), match.GetProperty("length").GetInt32()));
        Assert.Equal("1,5 milliard d'euros", match.GetProperty("text").GetString());

        var second = candidates[1];
        Assert.True(second.GetProperty("recalled").GetBoolean());
        Assert.Equal("2025-02", second.GetProperty("statedOn").GetString());
        var quote = second.GetProperty("quote");
        Assert.Equal(Article.IndexOf("L'entreprise", StringComparison.Ordinal), quote.GetProperty("start").GetInt32());
        Assert.Equal("L'entreprise avait initialement promis, en février dernier, d'investir 450 millions d'euros.", quote.GetProperty("text").GetString());
    }

    [Fact]
    public async Task AnEmptyLanguageIsDetected()
    {
        using var response = await PostAsync(new { text = "The site will draw 1.5 MW.", publishedOn = "2026-01" });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", json.RootElement.GetProperty("language").GetString());
        Assert.Equal(1.5m, json.RootElement.GetProperty("candidates")[0].GetProperty("value").GetDecimal());
    }

    [Theory]
    [InlineData("", "2025-11-24", "fr")]
    [InlineData("Sesterce investit 1 milliard d'euros.", "24/11/2025", "fr")]
    [InlineData("Sesterce investit 1 milliard d'euros.", "2025-11-24", "de")]
    public async Task BadInputIsAProblemWithItsReason(string text, string publishedOn, string language)
    {
        using var response = await PostAsync(new { text, publishedOn, language });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
