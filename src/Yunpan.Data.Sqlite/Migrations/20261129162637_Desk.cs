using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Yunpan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Desk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "desk_agent_supervisors",
                columns: table => new
                {
                    AgentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisorId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_agent_supervisors", x => x.AgentId);
                });

            migrationBuilder.CreateTable(
                name: "desk_banned_phrase_list_version",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_banned_phrase_list_version", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "desk_banned_phrases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phrase = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Normalized = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Suggestion = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_banned_phrases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "desk_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    complaint_kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    complaint_about_staff_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    complaint_about = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    complaint_what = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    complaint_when = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    complaint_where = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    complaint_contact_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    complaint_contact_phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    complaint_contact_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Lessons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Satisfaction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "desk_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Technical = table.Column<bool>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_categories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_desk_categories_desk_categories_ParentId",
                        column: x => x.ParentId,
                        principalTable: "desk_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "desk_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Deadline = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Breached = table.Column<bool>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "desk_problem_archive",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Lessons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_problem_archive", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "desk_reveal_audit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_reveal_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "desk_case_deadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WarnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Remaining = table.Column<TimeSpan>(type: "TEXT", nullable: true),
                    WarnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BreachedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MetAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_case_deadlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_desk_case_deadlines_desk_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "desk_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "desk_case_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Internal = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_case_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_desk_case_events_desk_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "desk_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "desk_technical_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FixedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FixNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_desk_technical_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_desk_technical_tasks_desk_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "desk_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_desk_agent_supervisors_SupervisorId",
                table: "desk_agent_supervisors",
                column: "SupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_desk_banned_phrases_Normalized",
                table: "desk_banned_phrases",
                column: "Normalized",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_desk_case_deadlines_CaseId_MetAt",
                table: "desk_case_deadlines",
                columns: new[] { "CaseId", "MetAt" });

            migrationBuilder.CreateIndex(
                name: "IX_desk_case_deadlines_MetAt_BreachedAt_DueAt",
                table: "desk_case_deadlines",
                columns: new[] { "MetAt", "BreachedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_desk_case_deadlines_MetAt_WarnedAt_WarnAt",
                table: "desk_case_deadlines",
                columns: new[] { "MetAt", "WarnedAt", "WarnAt" });

            migrationBuilder.CreateIndex(
                name: "IX_desk_case_events_CaseId_At",
                table: "desk_case_events",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_desk_cases_MemberId_CreatedAt",
                table: "desk_cases",
                columns: new[] { "MemberId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_desk_cases_Number",
                table: "desk_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_desk_cases_Status_OwnerId",
                table: "desk_cases",
                columns: new[] { "Status", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_desk_categories_ParentId_Name",
                table: "desk_categories",
                columns: new[] { "ParentId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_desk_notifications_RecipientId_CreatedAt",
                table: "desk_notifications",
                columns: new[] { "RecipientId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_desk_problem_archive_ArchivedAt",
                table: "desk_problem_archive",
                column: "ArchivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_desk_reveal_audit_At",
                table: "desk_reveal_audit",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_desk_technical_tasks_CaseId",
                table: "desk_technical_tasks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_desk_technical_tasks_ContactId_CreatedAt",
                table: "desk_technical_tasks",
                columns: new[] { "ContactId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "desk_agent_supervisors");

            migrationBuilder.DropTable(
                name: "desk_banned_phrase_list_version");

            migrationBuilder.DropTable(
                name: "desk_banned_phrases");

            migrationBuilder.DropTable(
                name: "desk_case_deadlines");

            migrationBuilder.DropTable(
                name: "desk_case_events");

            migrationBuilder.DropTable(
                name: "desk_categories");

            migrationBuilder.DropTable(
                name: "desk_notifications");

            migrationBuilder.DropTable(
                name: "desk_problem_archive");

            migrationBuilder.DropTable(
                name: "desk_reveal_audit");

            migrationBuilder.DropTable(
                name: "desk_technical_tasks");

            migrationBuilder.DropTable(
                name: "desk_cases");
        }
    }
}
