using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sesterce.Tracker.Core.Features.Dashboard;
using Sesterce.Tracker.Core.Features.Executive;
using Sesterce.Tracker.Core.Features.Figures;
using Sesterce.Tracker.Core.Features.Milestones;
using Sesterce.Tracker.Core.Features.Timeline;

namespace Sesterce.Tracker.Benchmarks;

/// <summary>The data of each page, once through the app's services and once through raw SQL.</summary>
public enum Page
{
    Dashboard,
    Timeline,
    FigureLedger,
    TrendChart,
    Executive,
    PortfolioPage,
}

/// <summary>Each page's data through the real, scoped services, as the page asks for it.</summary>
internal sealed class ServicePages(IServiceProvider services, string slug, string figureKey)
{
    private T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public async Task<object?> LoadAsync(Page page, DateOnly? asOf) => page switch
    {
        // The services say found or not found around the view; the raw side builds the view alone.
        Page.Dashboard => (await Get<DashboardService>().GetAsync(slug, asOf)).View,
        Page.Timeline => (await Get<TimelineService>().GetCampusAsync(slug, asOf)).View,
        Page.FigureLedger => (await Get<FigureLedgerService>().GetAsync(slug, figureKey, asOf)).View,
        Page.TrendChart => await TrendAsync(asOf),
        Page.Executive => (await Get<ExecutiveService>().GetAsync(slug, asOf)).View,
        Page.PortfolioPage => (await Get<TimelineService>().GetPortfolioAsync(asOf, 1)).View,
        _ => throw new ArgumentOutOfRangeException(nameof(page)),
    };

    /// <summary>The trend chart of the timeline page: its milestones' target dates over time.</summary>
    private async Task<IReadOnlyList<TrendSeries>> TrendAsync(DateOnly? asOf)
    {
        var view = (await Get<TimelineService>().GetCampusAsync(slug, asOf)).View;
        return TrendAnalysis.Build(view!.Campuses.SelectMany(c => c.Milestones.Select(m => m.Milestone)), view.AsOf);
    }
}

/// <summary>The same answers from hand-written SQL on a pooled connection of its own, opened per page as a service opens its context.</summary>
internal sealed class RawPages(string connectionString, string slug, string figureKey, DateOnly today)
{
    public object? Load(Page page, DateOnly? asOf)
    {
        var day = asOf ?? today;
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        return page switch
        {
            Page.Dashboard => Dashboard(connection, day),
            Page.Timeline => Timeline(connection, day),
            Page.FigureLedger => Ledger(connection, day),
            Page.TrendChart => Trend(connection, day),
            Page.Executive => Executive(connection, day),
            Page.PortfolioPage => Portfolio(connection, day, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(page)),
        };
    }

    private DashboardView? Dashboard(SqliteConnection connection, DateOnly day)
    {
        if (RawReads.Campus(connection, slug, day, day >= today) is not var (id, campus, milestones))
        {
            return null;
        }

        var figures = RawReads.Figures(connection, id, day);
        var next = milestones.Where(m => MilestoneRules.IsOpen(m.State) && m.TargetDate is not null).Take(DashboardService.NextMilestoneCount).ToList();
        var undated = milestones.Where(m => MilestoneRules.IsOpen(m.State) && m.IsUndated).ToList();
        var reached = milestones.Where(m => m.State == Core.Domain.MilestoneState.Achieved).OrderByDescending(m => m.KeyDate).ToList();
        var nothingKnown = campus.FirstKnownOn is null || campus.FirstKnownOn > day;
        return new DashboardView(campus, day, day == today, nothingKnown, figures, next, reached, FigureRatios.Compute(figures)) { UndatedMilestones = undated };
    }

    private TimelineView? Timeline(SqliteConnection connection, DateOnly day) =>
        RawReads.Campus(connection, slug, day, day >= today) is var (_, campus, milestones)
            ? new TimelineView(day, day == today, [CampusTimeline(campus, milestones, day)])
            : null;

    private static CampusTimeline CampusTimeline(Core.Features.Campuses.CampusDetail campus, IReadOnlyList<MilestoneSummary> milestones, DateOnly day)
    {
        var bars = new List<PhaseBar>();
        var start = campus.FirstKnownOn ?? day;
        foreach (var phase in campus.Phases.Where(p => p.TargetDate is not null).OrderBy(p => p.Order))
        {
            var target = phase.TargetDate!.Value;
            bars.Add(new PhaseBar(phase.Name, phase.Order, phase.TargetCapacityMw, start <= target.Start ? start : target.Start, target));
            start = target.End.AddDays(1);
        }

        var markers = milestones.Select(m => new TimelineMilestone(m, m.Baseline is { } baseline && m.KeyDate is { } current ? Slip.Between(baseline, current) : null)).ToList();
        return new CampusTimeline(campus.Slug, campus.Name, campus.FirstKnownOn, bars, markers)
        {
            UndatedPhases = [.. campus.Phases.Where(p => p.TargetDate is null).OrderBy(p => p.Order).Select(p => p.Name)],
        };
    }

    private IReadOnlyList<TrendSeries> Trend(SqliteConnection connection, DateOnly day)
    {
        var timeline = Timeline(connection, day)!;
        return TrendAnalysis.Build(timeline.Campuses.SelectMany(c => c.Milestones.Select(m => m.Milestone)), day);
    }

    private FigureLedgerView? Ledger(SqliteConnection connection, DateOnly day)
    {
        if (RawReads.Campus(connection, slug, day, day >= today) is not var (id, campus, _) || RawReads.Ledger(connection, id, figureKey, day) is not { } ledger)
        {
            return null;
        }

        var figures = RawReads.Figures(connection, id, day);
        var figure = figures.FirstOrDefault(s => s.Key == figureKey);
        var conflicts = figure?.Conflicts ?? [];
        var ratios = FigureRatios.Compute(figures, figureKey);
        var benchmarks = ratios.SelectMany(r => RawReads.Benchmarks(connection, r.Key)).ToList();
        return new FigureLedgerView(campus, ledger.Key, ledger.Name, ledger.Unit, day, day == today, figure, FigureLedgerService.Rows(ledger, figure, conflicts),
            conflicts, ledger.ReferenceRevisionId is not null ? ledger.ReferenceNote : null, ratios, benchmarks, FigureWaterfall.Build(figure));
    }

    private ExecutiveView? Executive(SqliteConnection connection, DateOnly day)
    {
        if (RawReads.Campus(connection, slug, day, day >= today) is not var (id, campus, milestones))
        {
            return null;
        }

        var figures = RawReads.Figures(connection, id, day);
        var next = milestones.Where(m => MilestoneRules.IsOpen(m.State) && m.TargetDate is not null).Take(ExecutiveService.MilestoneCount).ToList();
        var undated = milestones.Where(m => MilestoneRules.IsOpen(m.State) && m.IsUndated).ToList();
        var waterfall = FigureWaterfall.Build(figures.FirstOrDefault(s => s.Key == FigureKeys.Investment));
        var nothingKnown = campus.FirstKnownOn is null || campus.FirstKnownOn > day;
        var disputed = ExecutiveService.Disputed(milestones);
        return new ExecutiveView(campus, day, day == today, nothingKnown, figures, FigureRatios.Compute(figures),
            RawReads.Benchmarks(connection, FigureRatios.InvestmentPerMw), waterfall, next, ExecutiveService.Cite(figures, waterfall, [.. next, .. undated, .. disputed.Except([.. next, .. undated])]))
        {
            UndatedMilestones = undated,
            OpenDateConflicts = ExecutiveService.DateConflicts(disputed),
        };
    }

    /// <summary>A page of the portfolio in eight statements: the count, the page's campuses, their people, phases and plans, their milestones and dates, and the sources of both.</summary>
    private TimelineView Portfolio(SqliteConnection connection, DateOnly day, int page)
    {
        using (var count = RawReads.Command(connection, "SELECT COUNT(*) FROM Campuses"))
        {
            count.ExecuteScalar();
        }

        var campuses = RawReads.Campuses(connection, "ORDER BY c.Name, c.Id LIMIT $take OFFSET $skip", day, day >= today,
            ("$take", TimelineService.PortfolioPageSize), ("$skip", page * TimelineService.PortfolioPageSize));
        return new TimelineView(day, day == today, [.. campuses.Select(c => CampusTimeline(c.Detail, c.Milestones, day))]);
    }
}
