using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yunpan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DeskEscalation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EscalatedAt",
                table: "desk_cases",
                type: "INTEGER",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_desk_incident_reports_AnsweredAt_ReceivedAt",
                table: "desk_incident_reports",
                columns: new[] { "AnsweredAt", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_desk_incident_reports_CaseId",
                table: "desk_incident_reports",
                column: "CaseId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "desk_incident_reports");

            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                table: "desk_cases");
        }
    }
}
