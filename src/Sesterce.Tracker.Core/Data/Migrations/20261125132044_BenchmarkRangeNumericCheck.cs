using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesterce.Tracker.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class BenchmarkRangeNumericCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Benchmark_LowNotAboveHigh",
                table: "Benchmarks");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Benchmark_LowNotAboveHigh",
                table: "Benchmarks",
                sql: "CAST(\"Low\" AS REAL) <= CAST(\"High\" AS REAL)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Benchmark_LowNotAboveHigh",
                table: "Benchmarks");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Benchmark_LowNotAboveHigh",
                table: "Benchmarks",
                sql: "\"Low\" <= \"High\"");
        }
    }
}
