using System.Globalization;

namespace Sesterce.Tracker.Generator;

/// <summary>
/// <c>--to FILE [--campuses N] [--milestones N] [--figures N] [--revisions N] [--seed N] [--anchor DATE] [--force]</c>:
/// writes a large generated portfolio to a new database file for benchmarks and load tests. It
/// writes only to the file named and refuses to replace an existing file without <c>--force</c>.
/// </summary>
public static class GenerateCommand
{
    public const string Usage =
        "Usage: Sesterce.Tracker.Generator --to FILE [--campuses 1000] [--milestones 50] [--figures 10] [--revisions 50] [--seed 42] [--anchor 2026-11-25] [--force]";

    /// <returns>The process exit code: 0 written, 1 refused (the reason is printed), 2 bad usage.</returns>
    public static async Task<int> RunAsync(PortfolioGenerator generator, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        if (!TryParse(args, out var file, out var options, out var force, out var problem))
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (options.Problems() is { Count: > 0 } problems)
        {
            await error.WriteLineAsync(string.Join(" ", problems));
            return 2;
        }

        try
        {
            var report = await generator.GenerateAsync(file, options, force);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {report.Path}: {options.Campuses} campuses, {report.Revisions} revisions ({report.Rows["FigureRevisions"]} figure, {report.Rows["MilestoneDateRevisions"]} milestone date), {report.Rows["AuditEntries"]} audit entries."));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Schema {report.Schema.TotalSeconds:F2} s, inserts {report.Insert.TotalSeconds:F2} s, total {report.Total.TotalSeconds:F2} s."));
            return 0;
        }
        catch (IOException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return 1;
        }
    }

    private static bool TryParse(string[] args, out string file, out GenerationOptions options, out bool force, out string problem)
    {
        file = "";
        options = new GenerationOptions();
        force = false;
        problem = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--force":
                    force = true;
                    continue;
                case "--to" when value is not null:
                    file = value;
                    break;
                case "--anchor" when value is not null:
                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var anchor))
                    {
                        problem = $"--anchor takes a date such as 2026-11-25, not '{value}'.";
                        return false;
                    }

                    options = options with { Anchor = anchor };
                    break;
                case "--campuses" or "--milestones" or "--figures" or "--revisions" or "--seed" when value is not null:
                    if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                    {
                        problem = $"{args[i]} takes a whole number, not '{value}'.";
                        return false;
                    }

                    options = args[i] switch
                    {
                        "--campuses" => options with { Campuses = number },
                        "--milestones" => options with { MilestonesPerCampus = number },
                        "--figures" => options with { FiguresPerCampus = number },
                        "--revisions" => options with { RevisionsPerFigure = number },
                        _ => options with { Seed = number },
                    };
                    break;
                default:
                    // No host reads other settings any more: a misspelt option must not be ignored silently.
                    problem = value is null && args[i] is "--to" or "--anchor" or "--campuses" or "--milestones" or "--figures" or "--revisions" or "--seed"
                        ? $"{args[i]} needs a value."
                        : $"Unknown argument '{args[i]}'.";
                    return false;
            }

            i++;
        }

        if (file.Length == 0)
        {
            problem = "No output file: give --to FILE.";
            return false;
        }

        return true;
    }
}
