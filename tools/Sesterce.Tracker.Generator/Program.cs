using Microsoft.Extensions.Logging;
using Sesterce.Tracker.Generator;

using var loggers = LoggerFactory.Create(logging =>
{
    // EF's own chatter (migrations, commands) would drown the progress lines.
    logging.AddFilter("Microsoft", LogLevel.Warning);
    // Progress goes to standard error, so standard output carries only the report.
    logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
    logging.AddSimpleConsole(console => console.SingleLine = true);
});
return await GenerateCommand.RunAsync(new PortfolioGenerator(loggers.CreateLogger<PortfolioGenerator>()), args, Console.Out, Console.Error);
