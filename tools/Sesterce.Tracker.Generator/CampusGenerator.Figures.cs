using System.Globalization;
using Sesterce.Tracker.Core.Domain;
using V = Sesterce.Tracker.Generator.PortfolioVocabulary;

namespace Sesterce.Tracker.Generator;

internal sealed partial class CampusGenerator
{
    private void WriteFigures(int campusId, DateOnly announced, decimal finalMw)
    {
        for (var f = 0; f < options.FiguresPerCampus; f++)
        {
            var template = V.Figures[f % V.Figures.Length];
            var round = f / V.Figures.Length;
            var key = round == 0 ? template.Key : $"{template.Key}-{round + 1}";
            var name = round == 0 ? template.Name : $"{template.Name} {round + 1}";
            var figureId = writer.Figure(campusId, _slug, key, name, template.Unit, f, Moment(announced), _editor);
            WriteLedger(figureId, $"{name} ({key})", template, finalMw * template.PerMw, announced);
        }
    }

    /// <summary>
    /// A ledger of announcements from the campus's announcement to the anchor: values drift mostly
    /// upwards, some are ranges or qualified ("at least"), a few correct the one before.
    /// </summary>
    private void WriteLedger(int figureId, string label, (string Key, string Name, string Unit, decimal PerMw, int Decimals) template, decimal finalValue, DateOnly announced)
    {
        var count = options.RevisionsPerFigure;
        var span = Math.Max(_anchor.DayNumber - announced.DayNumber - 31, count);
        var days = Enumerable.Range(0, count).Select(i => i == 0 ? 0 : random.Next(1, span)).Order().ToList();
        var value = finalValue * (decimal)(0.45 + (random.NextDouble() * 0.4));
        var scope = template.Key == "investment" ? (InvestmentScope)random.Next(0, 3) : InvestmentScope.Unknown;
        int? previousId = null;
        decimal previousValue = 0;
        for (var i = 0; i < count; i++)
        {
            var day = announced.AddDays(days[i]);
            var precision = random.NextDouble() switch { < 0.85 => DatePrecision.Day, < 0.95 => DatePrecision.Month, < 0.98 => DatePrecision.Quarter, _ => DatePrecision.HalfYear };
            var on = new PartialDate(day, precision);
            if (on.End > _anchor)
            {
                on = new PartialDate(day, DatePrecision.Day);
            }

            var corrects = previousId is not null && random.NextDouble() < 0.04 ? previousId : null;
            value = corrects is not null
                ? previousValue * (decimal)(0.95 + (random.NextDouble() * 0.1))
                : value * (decimal)(0.99 + (random.NextDouble() * 0.06) - (random.NextDouble() < 0.15 ? 0.08 : 0));
            var rounded = Round(value, template.Decimals);
            if (scope != InvestmentScope.Unknown && random.NextDouble() < 0.1)
            {
                scope = scope == InvestmentScope.FacilityOnly ? InvestmentScope.IncludingItEquipment : InvestmentScope.FacilityOnly;
            }

            var revision = new FigureRevision
            {
                Qualifier = random.NextDouble() switch
                {
                    < 0.7 => FigureQualifier.Exact,
                    < 0.85 => FigureQualifier.Approximately,
                    < 0.93 => FigureQualifier.AtLeast,
                    < 0.97 => FigureQualifier.AtMost,
                    _ => FigureQualifier.ExpectedToRise,
                },
                Status = random.NextDouble() switch { < 0.4 => ClaimStatus.OfficialAnnouncement, < 0.8 => ClaimStatus.PressReport, < 0.9 => ClaimStatus.InternalEstimate, _ => ClaimStatus.Approved },
                AnnouncedOn = on,
                Scope = scope,
                CorrectsRevisionId = corrects,
                Note = corrects is null ? null : "Corrects the previous figure, misreported by the first article.",
            };
            string text;
            if (corrects is null && random.NextDouble() < 0.12)
            {
                revision.Low = Round(value * 0.9m, template.Decimals);
                revision.High = Math.Max(revision.Low.Value, Round(value * 1.1m, template.Decimals));
                text = $"{Format(revision.Low.Value)} to {Format(revision.High.Value)} {template.Unit}";
            }
            else
            {
                revision.Value = rounded;
                text = $"{Qualified(revision.Qualifier)}{Format(rounded)} {template.Unit}";
            }

            previousId = writer.Revision(figureId, _slug, label, revision, Cite(on.Start, $"“{_name}: {template.Name.ToLowerInvariant()} {text}.”"), Moment(on.End), _editor);
            previousValue = value;
        }
    }

    private static decimal Round(decimal value, int decimals)
    {
        if (decimals >= 0)
        {
            return Math.Max(Math.Round(value, decimals), decimals == 0 ? 1 : 0.1m);
        }

        var step = (decimal)Math.Pow(10, -decimals);
        return Math.Max(Math.Round(value / step) * step, step);
    }

    private static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Qualified(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Approximately => "about ",
        FigureQualifier.AtLeast => "at least ",
        FigureQualifier.AtMost => "up to ",
        FigureQualifier.ExpectedToRise => "initially ",
        _ => "",
    };
}
