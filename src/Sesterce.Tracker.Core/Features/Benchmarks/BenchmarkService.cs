using Microsoft.EntityFrameworkCore;
using Sesterce.Tracker.Core.Data;
using Sesterce.Tracker.Core.Domain;
using Sesterce.Tracker.Core.Features.Localization;

namespace Sesterce.Tracker.Core.Features.Benchmarks;

/// <summary>A public reference value in its own currency, with where it comes from.</summary>
public sealed record BenchmarkView(
    string Key,
    string RatioKey,
    string Name,
    ValueRange Value,
    FigureQualifier Qualifier,
    string Currency,
    InvestmentScope Scope,
    string? Region,
    PartialDate? Period,
    string SourceTitle,
    string? Publisher,
    string? Url,
    DateOnly? PublishedOn,
    string? Note)
{
    /// <summary>The unit of <see cref="Value"/> as our ratios write it: "USD/MW", "EUR/MW".</summary>
    public string Unit => $"{Currency}/MW";
}

public sealed class BenchmarkService(IDbContextFactory<TrackerDbContext> contextFactory)
{
    /// <summary>Benchmarks in display order, all of them or only those for one ratio ("investment-per-mw").</summary>
    public async Task<IReadOnlyList<BenchmarkView>> ListAsync(string? ratioKey = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Benchmarks.AsNoTracking();
        if (ratioKey is not null)
        {
            query = query.Where(b => b.RatioKey == ratioKey);
        }

        var rows = await query.OrderBy(b => b.Order).ThenBy(b => b.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(b => new BenchmarkView(
            b.Key,
            b.RatioKey,
            Translated.Pick(b.Name, b.NameFr),
            b.Range,
            b.Qualifier,
            b.Currency,
            b.Scope,
            b.Region,
            b.Period,
            b.SourceTitle,
            b.Publisher,
            b.Url,
            b.PublishedOn,
            b.Note))];
    }
}
