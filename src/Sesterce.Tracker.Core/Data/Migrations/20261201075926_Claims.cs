using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sesterce.Tracker.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Claims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublishedOnPrecision",
                table: "Sources",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Day");

            migrationBuilder.AddColumn<int>(
                name: "CommissioningMilestoneId",
                table: "Phases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "TargetStart",
                table: "MilestoneDateRevisions",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<string>(
                name: "TargetPrecision",
                table: "MilestoneDateRevisions",
                type: "TEXT",
                maxLength: 16,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 16);

            migrationBuilder.AddColumn<int>(
                name: "CorrectsRevisionId",
                table: "MilestoneDateRevisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "MilestoneDateRevisions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Target");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "MilestoneDateRevisions",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "OfficialAnnouncement");

            migrationBuilder.CreateTable(
                name: "PhasePlanRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PhaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TargetPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CapacityMw = table.Column<decimal>(type: "TEXT", nullable: true),
                    AnnouncedOnStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnnouncedOnPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    KnownFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CorrectsRevisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhasePlanRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PhasePlanRevisions_PhasePlanRevisions_CorrectsRevisionId",
                        column: x => x.CorrectsRevisionId,
                        principalTable: "PhasePlanRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PhasePlanRevisions_Phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "Phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Citations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    FigureRevisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    MilestoneDateRevisionId = table.Column<int>(type: "INTEGER", nullable: true),
                    PhasePlanRevisionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Citations", x => x.Id);
                    table.CheckConstraint("CK_Citation_OneClaim", "(CASE WHEN \"FigureRevisionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"MilestoneDateRevisionId\" IS NULL THEN 0 ELSE 1 END) + (CASE WHEN \"PhasePlanRevisionId\" IS NULL THEN 0 ELSE 1 END) = 1");
                    table.ForeignKey(
                        name: "FK_Citations_FigureRevisions_FigureRevisionId",
                        column: x => x.FigureRevisionId,
                        principalTable: "FigureRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_MilestoneDateRevisions_MilestoneDateRevisionId",
                        column: x => x.MilestoneDateRevisionId,
                        principalTable: "MilestoneDateRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_PhasePlanRevisions_PhasePlanRevisionId",
                        column: x => x.PhasePlanRevisionId,
                        principalTable: "PhasePlanRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Citations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Phases_CommissioningMilestoneId",
                table: "Phases",
                column: "CommissioningMilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_MilestoneDateRevisions_CorrectsRevisionId",
                table: "MilestoneDateRevisions",
                column: "CorrectsRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_FigureRevisionId",
                table: "Citations",
                column: "FigureRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_MilestoneDateRevisionId",
                table: "Citations",
                column: "MilestoneDateRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_PhasePlanRevisionId",
                table: "Citations",
                column: "PhasePlanRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Citations_SourceId",
                table: "Citations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_PhasePlanRevisions_CorrectsRevisionId",
                table: "PhasePlanRevisions",
                column: "CorrectsRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_PhasePlanRevisions_PhaseId_KnownFrom",
                table: "PhasePlanRevisions",
                columns: new[] { "PhaseId", "KnownFrom" });

            migrationBuilder.AddForeignKey(
                name: "FK_MilestoneDateRevisions_MilestoneDateRevisions_CorrectsRevisionId",
                table: "MilestoneDateRevisions",
                column: "CorrectsRevisionId",
                principalTable: "MilestoneDateRevisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Phases_Milestones_CommissioningMilestoneId",
                table: "Phases",
                column: "CommissioningMilestoneId",
                principalTable: "Milestones",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            // Every existing source and quote becomes the first citation of its claim.
            migrationBuilder.Sql(
                """
                INSERT INTO "Citations" ("SourceId", "Quote", "Order", "FigureRevisionId")
                SELECT "SourceId", "Quote", 0, "Id" FROM "FigureRevisions" WHERE "SourceId" IS NOT NULL;
                INSERT INTO "Citations" ("SourceId", "Quote", "Order", "MilestoneDateRevisionId")
                SELECT "SourceId", "Quote", 0, "Id" FROM "MilestoneDateRevisions" WHERE "SourceId" IS NOT NULL;
                """);

            // A reached date becomes a reached-date claim with its source and quote. It counts as known from
            // the day it happened, or from the publication of its source when that came later: the store
            // never said when it was reported, and a past view must not know it before its source existed.
            migrationBuilder.Sql(
                """
                CREATE TEMP TABLE "ReachedMigration" AS
                SELECT m."Id" AS "MilestoneId", m."ActualDateStart" AS "Start", m."ActualDatePrecision" AS "Precision",
                       CASE m."ActualDatePrecision"
                           WHEN 'Day' THEN m."ActualDateStart"
                           WHEN 'Month' THEN date(m."ActualDateStart", '+1 month', '-1 day')
                           WHEN 'Quarter' THEN date(m."ActualDateStart", '+3 months', '-1 day')
                           WHEN 'HalfYear' THEN date(m."ActualDateStart", '+6 months', '-1 day')
                           ELSE date(m."ActualDateStart", '+1 year', '-1 day') END AS "End",
                       s."PublishedOn" AS "Published", m."ActualSourceId" AS "SourceId", m."ActualQuote" AS "Quote",
                       COALESCE(
                           (SELECT MIN(a."At") FROM "AuditEntries" a WHERE a."EntityType" = 'Milestone' AND a."EntityId" = CAST(m."Id" AS TEXT)),
                           (SELECT MIN(a."At") FROM "AuditEntries" a JOIN "Campuses" c ON a."EntityType" = 'Campus' AND a."EntityId" = c."Slug" WHERE c."Id" = m."CampusId"),
                           0) AS "RecordedAt"
                FROM "Milestones" m LEFT JOIN "Sources" s ON s."Id" = m."ActualSourceId"
                WHERE m."ActualDateStart" IS NOT NULL AND m."ActualDatePrecision" IS NOT NULL;

                INSERT INTO "MilestoneDateRevisions" ("MilestoneId", "Kind", "Status", "AnnouncedOnStart", "AnnouncedOnPrecision", "KnownFrom", "TargetStart", "TargetPrecision", "RecordedAt")
                SELECT "MilestoneId", 'Reached', 'OfficialAnnouncement',
                       CASE WHEN "Published" IS NOT NULL AND "Published" > "End" THEN "Published" ELSE "Start" END,
                       CASE WHEN "Published" IS NOT NULL AND "Published" > "End" THEN 'Day' ELSE "Precision" END,
                       CASE WHEN "Published" IS NOT NULL AND "Published" > "End" THEN "Published" ELSE "End" END,
                       "Start", "Precision", "RecordedAt"
                FROM "ReachedMigration";

                INSERT INTO "Citations" ("SourceId", "Quote", "Order", "MilestoneDateRevisionId")
                SELECT rm."SourceId", rm."Quote", 0, r."Id"
                FROM "ReachedMigration" rm JOIN "MilestoneDateRevisions" r ON r."MilestoneId" = rm."MilestoneId" AND r."Kind" = 'Reached'
                WHERE rm."SourceId" IS NOT NULL;

                DROP TABLE "ReachedMigration";

                UPDATE "Milestones" SET "Status" = 'Planned' WHERE "Status" = 'Achieved';
                """);

            // A phase's stored plan becomes its first plan claim, known from the phase's announcement.
            migrationBuilder.Sql(
                """
                INSERT INTO "PhasePlanRevisions" ("PhaseId", "TargetStart", "TargetPrecision", "CapacityMw", "AnnouncedOnStart", "AnnouncedOnPrecision", "KnownFrom", "Status", "RecordedAt")
                SELECT p."Id", p."TargetDateStart", p."TargetDatePrecision", p."TargetCapacityMw", p."AnnouncedOnStart", p."AnnouncedOnPrecision", p."KnownFrom", 'OfficialAnnouncement',
                       COALESCE(
                           (SELECT MIN(a."At") FROM "AuditEntries" a WHERE a."EntityType" = 'Phase' AND a."EntityId" = CAST(p."Id" AS TEXT)),
                           (SELECT MIN(a."At") FROM "AuditEntries" a JOIN "Campuses" c ON a."EntityType" = 'Campus' AND a."EntityId" = c."Slug" WHERE c."Id" = p."CampusId"),
                           0)
                FROM "Phases" p WHERE p."TargetDateStart" IS NOT NULL OR p."TargetCapacityMw" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MilestoneDateRevisions_MilestoneDateRevisions_CorrectsRevisionId",
                table: "MilestoneDateRevisions");

            migrationBuilder.DropForeignKey(
                name: "FK_Phases_Milestones_CommissioningMilestoneId",
                table: "Phases");

            migrationBuilder.DropTable(
                name: "Citations");

            migrationBuilder.DropTable(
                name: "PhasePlanRevisions");

            migrationBuilder.DropIndex(
                name: "IX_Phases_CommissioningMilestoneId",
                table: "Phases");

            migrationBuilder.DropIndex(
                name: "IX_MilestoneDateRevisions_CorrectsRevisionId",
                table: "MilestoneDateRevisions");

            migrationBuilder.DropColumn(
                name: "PublishedOnPrecision",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "CommissioningMilestoneId",
                table: "Phases");

            migrationBuilder.DropColumn(
                name: "CorrectsRevisionId",
                table: "MilestoneDateRevisions");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "MilestoneDateRevisions");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "MilestoneDateRevisions");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "TargetStart",
                table: "MilestoneDateRevisions",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "TargetPrecision",
                table: "MilestoneDateRevisions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 16,
                oldNullable: true);
        }
    }
}
