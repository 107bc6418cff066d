.pushsection .BTF_ids,"a";
.local synth0_kfunc_btf_ids;
synth0_kfunc_btf_ids:;
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__set8__synth0_kfunc_btf_ids;
__BTF_ID__set8__synth0_kfunc_btf_ids:;
.zero 4
.long (1 << 0)
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__bpf_kfunc_28__1001 ;
.type  __BTF_ID__func__bpf_kfunc_28__1001, STT_OBJECT;
.size  __BTF_ID__func__bpf_kfunc_28__1001, 4;
__BTF_ID__func__bpf_kfunc_28__1001:
.zero 4
.long (1 << 2) | (1 << 5) | (1 << 10)
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__bpf_kfunc_24__1002 ;
.type  __BTF_ID__func__bpf_kfunc_24__1002, STT_OBJECT;
.size  __BTF_ID__func__bpf_kfunc_24__1002, 4;
__BTF_ID__func__bpf_kfunc_24__1002:
.zero 4
.long 0
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__bpf_kfunc_30__1003 ;
.type  __BTF_ID__func__bpf_kfunc_30__1003, STT_OBJECT;
.size  __BTF_ID__func__bpf_kfunc_30__1003, 4;
__BTF_ID__func__bpf_kfunc_30__1003:
.zero 4
.long 0
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__bpf_kfunc_6__1004 ;
.type  __BTF_ID__func__bpf_kfunc_6__1004, STT_OBJECT;
.size  __BTF_ID__func__bpf_kfunc_6__1004, 4;
__BTF_ID__func__bpf_kfunc_6__1004:
.zero 4
.long (1 << 10)
.popsection;
.pushsection .BTF_ids,"a";
.size __BTF_ID__set8__synth0_kfunc_btf_ids, .-synth0_kfunc_btf_ids
.popsection;
.pushsection .BTF_ids,"a";
.local synth1_kfunc_btf_ids;
synth1_kfunc_btf_ids:;
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__set8__synth1_kfunc_btf_ids;
__BTF_ID__set8__synth1_kfunc_btf_ids:;
.zero 4
.long (1 << 0)
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__bpf_kfunc_31__1005 ;
.type  __BTF_ID__func__bpf_kfunc_31__1005, STT_OBJECT;
.size  __BTF_ID__func__bpf_kfunc_31__1005, 4;
__BTF_ID__func__bpf_kfunc_31__1005:
.zero 4
.long (1 << 2) | (1 << 9) | (1 << 10)
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__bpf_kfunc_16__1006 ;
.type  __BTF_ID__func__bpf_kfunc_16__1006, STT_OBJECT;
.size  __BTF_ID__func__bpf_kfunc_16__1006, 4;
__BTF_ID__func__bpf_kfunc_16__1006:
.zero 4
.long 0
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__bpf_kfunc_36__1007 ;
.type  __BTF_ID__func__bpf_kfunc_36__1007, STT_OBJECT;
.size  __BTF_ID__func__bpf_kfunc_36__1007, 4;
__BTF_ID__func__bpf_kfunc_36__1007:
.zero 4
.long (1 << 1) | (1 << 4) | (1 << 6)
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__bpf_kfunc_8__1008 ;
.type  __BTF_ID__func__bpf_kfunc_8__1008, STT_OBJECT;
.size  __BTF_ID__func__bpf_kfunc_8__1008, 4;
__BTF_ID__func__bpf_kfunc_8__1008:
.zero 4
.long (1 << 10)
.popsection;
.pushsection .BTF_ids,"a";
.size __BTF_ID__set8__synth1_kfunc_btf_ids, .-synth1_kfunc_btf_ids
.popsection;
.pushsection .BTF_ids,"a";
.local synth2_kfunc_btf_ids;
synth2_kfunc_btf_ids:;
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__set8__synth2_kfunc_btf_ids;
__BTF_ID__set8__synth2_kfunc_btf_ids:;
.zero 4
.long 0
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__bpf_kfunc_4__1009 ;
.type  __BTF_ID__func__bpf_kfunc_4__1009, STT_OBJECT;
.size  __BTF_ID__func__bpf_kfunc_4__1009, 4;
__BTF_ID__func__bpf_kfunc_4__1009:
.zero 4
.long (1 << 4) | (1 << 8) | (1 << 10)
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__bpf_kfunc_25__1010 ;
.type  __BTF_ID__func__bpf_kfunc_25__1010, STT_OBJECT;
.size  __BTF_ID__func__bpf_kfunc_25__1010, 4;
__BTF_ID__func__bpf_kfunc_25__1010:
.zero 4
.long 0
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__bpf_kfunc_7__1011 ;
.type  __BTF_ID__func__bpf_kfunc_7__1011, STT_OBJECT;
.size  __BTF_ID__func__bpf_kfunc_7__1011, 4;
__BTF_ID__func__bpf_kfunc_7__1011:
.zero 4
.long (1 << 5) | (1 << 8) | (1 << 9)
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__bpf_kfunc_3__1012 ;
.type  __BTF_ID__func__bpf_kfunc_3__1012, STT_OBJECT;
.size  __BTF_ID__func__bpf_kfunc_3__1012, 4;
__BTF_ID__func__bpf_kfunc_3__1012:
.zero 4
.long 0
.popsection;
.pushsection .BTF_ids,"a";
.size __BTF_ID__set8__synth2_kfunc_btf_ids, .-synth2_kfunc_btf_ids
.popsection;
.pushsection .BTF_ids,"a";
.local synth_btf_id_list_0;
synth_btf_id_list_0:;
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__kfn_39__1013 ;
.type  __BTF_ID__func__kfn_39__1013, STT_OBJECT;
.size  __BTF_ID__func__kfn_39__1013, 4;
__BTF_ID__func__kfn_39__1013:
.zero 4
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__kfn_14__1014 ;
.type  __BTF_ID__func__kfn_14__1014, STT_OBJECT;
.size  __BTF_ID__func__kfn_14__1014, 4;
__BTF_ID__func__kfn_14__1014:
.zero 4
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__kfn_11__1015 ;
.type  __BTF_ID__func__kfn_11__1015, STT_OBJECT;
.size  __BTF_ID__func__kfn_11__1015, 4;
__BTF_ID__func__kfn_11__1015:
.zero 4
.popsection;
.pushsection .BTF_ids,"a";
.local synth_btf_id_list_1;
synth_btf_id_list_1:;
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__struct__synth_struct_830__1016 ;
.type  __BTF_ID__struct__synth_struct_830__1016, STT_OBJECT;
.size  __BTF_ID__struct__synth_struct_830__1016, 4;
__BTF_ID__struct__synth_struct_830__1016:
.zero 4
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__struct__synth_struct_801__1017 ;
.type  __BTF_ID__struct__synth_struct_801__1017, STT_OBJECT;
.size  __BTF_ID__struct__synth_struct_801__1017, 4;
__BTF_ID__struct__synth_struct_801__1017:
.zero 4
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__kfn_19__1018 ;
.type  __BTF_ID__func__kfn_19__1018, STT_OBJECT;
.size  __BTF_ID__func__kfn_19__1018, 4;
__BTF_ID__func__kfn_19__1018:
.zero 4
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__set__synth_plain_set_0; __BTF_ID__set__synth_plain_set_0:; .zero 4;
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__kfn_11__1019 ;
.type  __BTF_ID__func__kfn_11__1019, STT_OBJECT;
.size  __BTF_ID__func__kfn_11__1019, 4;
__BTF_ID__func__kfn_11__1019:
.zero 4
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__kfn_13__1020 ;
.type  __BTF_ID__func__kfn_13__1020, STT_OBJECT;
.size  __BTF_ID__func__kfn_13__1020, 4;
__BTF_ID__func__kfn_13__1020:
.zero 4
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__kfn_32__1021 ;
.type  __BTF_ID__func__kfn_32__1021, STT_OBJECT;
.size  __BTF_ID__func__kfn_32__1021, 4;
__BTF_ID__func__kfn_32__1021:
.zero 4
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__kfn_5__1022 ;
.type  __BTF_ID__func__kfn_5__1022, STT_OBJECT;
.size  __BTF_ID__func__kfn_5__1022, 4;
__BTF_ID__func__kfn_5__1022:
.zero 4
.popsection;
.pushsection .BTF_ids,"a";
.local __BTF_ID__func__kfn_38__1023 ;
.type  __BTF_ID__func__kfn_38__1023, STT_OBJECT;
.size  __BTF_ID__func__kfn_38__1023, 4;
__BTF_ID__func__kfn_38__1023:
.zero 4
.popsection;
.pushsection .BTF_ids,"a"; .size __BTF_ID__set__synth_plain_set_0, .-__BTF_ID__set__synth_plain_set_0; .popsection;
.pushsection .discard.addressable,"aw"; .quad kfn_24; .popsection
.pushsection .discard.addressable,"aw"; .quad kfn_35; .popsection
