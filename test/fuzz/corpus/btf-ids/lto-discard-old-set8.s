.lto_discard
.pushsection .BTF_ids,"a"; .local __BTF_ID__set8__s; __BTF_ID__set8__s:; .zero 8; .popsection;
.pushsection .BTF_ids,"a"; __BTF_ID__func__old_kf__12: .zero 4; .long 0; .popsection;
.pushsection .BTF_ids,"a"; .size __BTF_ID__set8__s, .-s; .popsection
.lto_discard
.section .BTF_ids,"a"
/* comment ; with semicolon */ list_x:; __BTF_ID__struct__task_struct__7:
.previous
.text
