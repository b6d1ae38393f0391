using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesterce.Tracker.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Campuses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Commune = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BusinessPark = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Purposes = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campuses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Excerpt = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CampusPeople",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampusId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampusPeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampusPeople_Campuses_CampusId",
                        column: x => x.CampusId,
                        principalTable: "Campuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Figures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampusId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Figures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Figures_Campuses_CampusId",
                        column: x => x.CampusId,
                        principalTable: "Campuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Phases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampusId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetCapacityMw = table.Column<decimal>(type: "TEXT", nullable: true),
                    TargetDateStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TargetDatePrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AnnouncedOnStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnnouncedOnPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KnownFrom = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Phases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Phases_Campuses_CampusId",
                        column: x => x.CampusId,
                        principalTable: "Campuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FigureRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FigureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: true),
                    Low = table.Column<decimal>(type: "TEXT", nullable: true),
                    High = table.Column<decimal>(type: "TEXT", nullable: true),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AnnouncedOnStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnnouncedOnPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KnownFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CorrectsRevisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureRevisions", x => x.Id);
                    table.CheckConstraint("CK_FigureRevision_ValueOrRange", "\"Value\" IS NOT NULL OR (\"Low\" IS NOT NULL AND \"High\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_FigureRevisions_FigureRevisions_CorrectsRevisionId",
                        column: x => x.CorrectsRevisionId,
                        principalTable: "FigureRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FigureRevisions_Figures_FigureId",
                        column: x => x.FigureId,
                        principalTable: "Figures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FigureRevisions_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Milestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampusId = table.Column<int>(type: "INTEGER", nullable: false),
                    PhaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActualDateStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ActualDatePrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ActualSourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    ActualQuote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Milestones_Campuses_CampusId",
                        column: x => x.CampusId,
                        principalTable: "Campuses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Milestones_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Milestones_Sources_ActualSourceId",
                        column: x => x.ActualSourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MilestoneDateRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MilestoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnouncedOnStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnnouncedOnPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KnownFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TargetPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: true),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MilestoneDateRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MilestoneDateRevisions_Milestones_MilestoneId",
                        column: x => x.MilestoneId,
                        principalTable: "Milestones",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MilestoneDateRevisions_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Campuses_Slug",
                table: "Campuses",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampusPeople_CampusId",
                table: "CampusPeople",
                column: "CampusId");

            migrationBuilder.CreateIndex(
                name: "IX_FigureRevisions_CorrectsRevisionId",
                table: "FigureRevisions",
                column: "CorrectsRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_FigureRevisions_FigureId_KnownFrom",
                table: "FigureRevisions",
                columns: new[] { "FigureId", "KnownFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_FigureRevisions_SourceId",
                table: "FigureRevisions",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Figures_CampusId_Key",
                table: "Figures",
                columns: new[] { "CampusId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneDateRevisions_MilestoneId_KnownFrom",
                table: "MilestoneDateRevisions",
                columns: new[] { "MilestoneId", "KnownFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneDateRevisions_SourceId",
                table: "MilestoneDateRevisions",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_ActualSourceId",
                table: "Milestones",
                column: "ActualSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_CampusId",
                table: "Milestones",
                column: "CampusId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_PhaseId",
                table: "Milestones",
                column: "PhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Phases_CampusId_Order",
                table: "Phases",
                columns: new[] { "CampusId", "Order" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CampusPeople");

            migrationBuilder.DropTable(
                name: "FigureRevisions");

            migrationBuilder.DropTable(
                name: "MilestoneDateRevisions");

            migrationBuilder.DropTable(
                name: "Figures");

            migrationBuilder.DropTable(
                name: "Milestones");

            migrationBuilder.DropTable(
                name: "Phases");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Campuses");
        }
    }
}
