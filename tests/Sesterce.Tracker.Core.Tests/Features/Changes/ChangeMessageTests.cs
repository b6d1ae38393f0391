using System.Text.Json;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Admin;
using Sesterce.Tracker.Core.Features.Changes;

namespace Sesterce.Tracker.Core.Tests.Features.Changes;

/// <summary>
/// Live updates reach every open view, whoever reads it: the message must say only which campus
/// changed, so a viewer's refresh re-reads through their own clearance and learns nothing from it.
/// </summary>
public class ChangeMessageTests(TrackerDatabase db) : IClassFixture<TrackerDatabase>
{
    [Fact]
    public async Task AChangeMessageNamesTheCampusButCarriesNeitherTheValueNorTheQuoteOfTheClaim()
    {
        const string quote = "an investment of 777 million for the second phase";
        var heard = new List<TrackerChange>();
        var notifier = db.Get<IChangeNotifier>();
        notifier.Changed += heard.Add;
        try
        {
            var article = await db.ArticleIdAsync();
            var written = await db.Get<FigureAdminService>().AddRevisionAsync("alixan", "investment", new RevisionInput(
                777_000_001m, null, null, FigureQualifier.Exact, ClaimData.Claim("2026-06-01", article, ClaimStatus.InternalEstimate, quote)));
            Assert.True(written.Succeeded);
        }
        finally
        {
            notifier.Changed -= heard.Add;
        }

        var change = Assert.Single(heard);
        var message = JsonSerializer.Serialize(change);
        Assert.Equal("alixan", change.CampusSlug);
        Assert.DoesNotContain("777", message, StringComparison.Ordinal);
        Assert.DoesNotContain("second phase", message, StringComparison.Ordinal);
    }
}
