using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesterce.Tracker.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class FigureLedgers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReferenceNote",
                table: "Figures",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReferenceRevisionId",
                table: "Figures",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "FigureRevisions",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.CreateTable(
                name: "Benchmarks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RatioKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Low = table.Column<decimal>(type: "TEXT", nullable: false),
                    High = table.Column<decimal>(type: "TEXT", nullable: false),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SourceTitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Benchmarks", x => x.Id);
                    table.CheckConstraint("CK_Benchmark_LowNotAboveHigh", "\"Low\" <= \"High\"");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Figures_ReferenceRevisionId",
                table: "Figures",
                column: "ReferenceRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Benchmarks_Key",
                table: "Benchmarks",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Benchmarks_RatioKey",
                table: "Benchmarks",
                column: "RatioKey");

            migrationBuilder.AddForeignKey(
                name: "FK_Figures_FigureRevisions_ReferenceRevisionId",
                table: "Figures",
                column: "ReferenceRevisionId",
                principalTable: "FigureRevisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Figures_FigureRevisions_ReferenceRevisionId",
                table: "Figures");

            migrationBuilder.DropTable(
                name: "Benchmarks");

            migrationBuilder.DropIndex(
                name: "IX_Figures_ReferenceRevisionId",
                table: "Figures");

            migrationBuilder.DropColumn(
                name: "ReferenceNote",
                table: "Figures");

            migrationBuilder.DropColumn(
                name: "ReferenceRevisionId",
                table: "Figures");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "FigureRevisions");
        }
    }
}
