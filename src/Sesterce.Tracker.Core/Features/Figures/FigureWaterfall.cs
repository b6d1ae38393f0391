using Sesterce.Tracker.Core.Domain;

namespace Sesterce.Tracker.Core.Features.Figures;

/// <summary>One step of a waterfall: the headline moved from <paramref name="Before"/> to the value of <paramref name="Revision"/>.</summary>
public sealed record WaterfallStep(FigureRevisionView Revision, ValueRange Before, ValueRange After, FigureChange Change);

/// <summary>From the first announced value to the current headline, one step per revision that moved the headline.</summary>
public sealed record Waterfall(string Key, string Unit, FigureRevisionView Start, IReadOnlyList<WaterfallStep> Steps, FigureRevisionView End)
{
    public FigureChange Total => FigureChange.Between(Start.Value, End.Value);
}

public static class FigureWaterfall
{
    /// <summary>
    /// Follows the headline over time: every date a revision became known, the headline of that
    /// day is taken; each new headline with a different value is a step, its note the reason.
    /// A report that repeats the number or loses to the official word makes no step.
    /// </summary>
    public static Waterfall? Build(FigureSnapshot? figure)
    {
        if (figure is null)
        {
            return null;
        }

        FigureRevisionView? start = null;
        var current = default(FigureRevisionView);
        var steps = new List<WaterfallStep>();
        foreach (var date in figure.History.Select(r => r.KnownFrom).Distinct().Order())
        {
            if (FigureHistory.HeadlineOn(figure, date) is not { } headline || headline.Id == current?.Id)
            {
                continue;
            }

            if (current is null)
            {
                start = headline;
            }
            else if (headline.Value != current.Value)
            {
                steps.Add(new WaterfallStep(headline, current.Value, headline.Value, FigureChange.Between(current.Value, headline.Value)));
            }

            current = headline;
        }

        return start is null ? null : new Waterfall(figure.Key, figure.Unit, start, steps, figure.Latest);
    }
}
