using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yunpan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanGrantsBusinessLinksAndDeskKnowledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsBusiness",
                table: "sharing_links",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "PromotionImageId",
                table: "sharing_links",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PromotionText",
                table: "sharing_links",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Product",
                table: "plans_orders",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Plan");

            migrationBuilder.AddColumn<long>(
                name: "TrafficBytes",
                table: "plans_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "EscalatedAt",
                table: "desk_cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "desk_help_articles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_help_articles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "desk_incident_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 12000, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReplyDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_incident_reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_desk_incident_reports_desk_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "desk_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "desk_seed_imports",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_seed_imports", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "desk_standard_phrases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Situation = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_standard_phrases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plans_plan_grants",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    GrantedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plans_plan_grants", x => x.MemberId);
                });

            migrationBuilder.CreateTable(
                name: "sharing_business_traffic",
                columns: table => new
                {
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Used = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sharing_business_traffic", x => new { x.OwnerId, x.Month });
                });

            migrationBuilder.CreateIndex(
                name: "IX_desk_help_articles_Language_UpdatedAt",
                table: "desk_help_articles",
                columns: new[] { "Language", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_desk_help_articles_Slug_Language",
                table: "desk_help_articles",
                columns: new[] { "Slug", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_desk_incident_reports_AnsweredAt_ReceivedAt",
                table: "desk_incident_reports",
                columns: new[] { "AnsweredAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_desk_incident_reports_CaseId",
                table: "desk_incident_reports",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_desk_standard_phrases_Situation",
                table: "desk_standard_phrases",
                column: "Situation");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "desk_help_articles");

            migrationBuilder.DropTable(
                name: "desk_incident_reports");

            migrationBuilder.DropTable(
                name: "desk_seed_imports");

            migrationBuilder.DropTable(
                name: "desk_standard_phrases");

            migrationBuilder.DropTable(
                name: "plans_plan_grants");

            migrationBuilder.DropTable(
                name: "sharing_business_traffic");

            migrationBuilder.DropColumn(
                name: "IsBusiness",
                table: "sharing_links");

            migrationBuilder.DropColumn(
                name: "PromotionImageId",
                table: "sharing_links");

            migrationBuilder.DropColumn(
                name: "PromotionText",
                table: "sharing_links");

            migrationBuilder.DropColumn(
                name: "Product",
                table: "plans_orders");

            migrationBuilder.DropColumn(
                name: "TrafficBytes",
                table: "plans_orders");

            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                table: "desk_cases");
        }
    }
}
