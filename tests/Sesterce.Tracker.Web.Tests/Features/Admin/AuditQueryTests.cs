using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Sesterce.Tracker.Core.Features.Audit;
using Sesterce.Tracker.Web.Features.Admin;

namespace Sesterce.Tracker.Web.Tests.Features.Admin;

/// <summary>The export link carries the page's filter; read back, it must select the very same entries.</summary>
public class AuditQueryTests
{
    private static QueryCollection Query(string address) => new QueryCollection(QueryHelpers.ParseQuery(address));

    [Fact]
    public void TheExportReadsTheUserAsTheExactNameThePageChose()
    {
        var page = new AuditFilter("alixan", "Milestone", "ce@example.test", new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), "permis", AuditKind.Records) { UserExact = true };

        Assert.True(AuditQuery.TryRead(Query(AuditQuery.Of(page)), out var export));

        Assert.Equal(page, export);
        Assert.True(export.UserExact);
    }

    [Theory]
    [InlineData("?from=yesterday")]
    [InlineData("?to=2026-13-01")]
    [InlineData("?kind=everything")]
    public void AnUnreadableFilterIsRefusedRatherThanIgnored(string address) =>
        Assert.False(AuditQuery.TryRead(Query(address), out _));
}
